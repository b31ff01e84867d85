package nl.wij.core.model.osgi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.condition.Condition;

/**
 * Registers a generated EMF package as OSGi services; used by the registration component of every
 * model bundle:
 *
 * <pre>
 * &#64;Component
 * public final class IhpModelComponent {
 *     private final EPackageServices.Registration registration;
 *
 *     &#64;Activate
 *     public IhpModelComponent(BundleContext context) {
 *         registration = EPackageServices.register(context, IhpPackage.eINSTANCE, IhpValidator.INSTANCE);
 *     }
 *
 *     &#64;Deactivate
 *     void deactivate() {
 *         registration.close();
 *     }
 * }
 * </pre>
 */
public final class EPackageServices {

    /** Service property: the package's name, e.g. {@code core}. */
    public static final String NAME = "emf.name";

    /** Service property: the package's namespace URI, e.g. {@code https://wij.nl/model/core/1.0}. */
    public static final String NS_URI = "emf.nsURI";

    private EPackageServices() {
    }

    /** The services of one package; {@link #close()} unregisters them. */
    @ProviderType
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Registers {@code ePackage} as {@link EPackage} (and its generated package interface), its
     * factory as {@link EFactory} (and its generated factory interface), {@code validator} as
     * {@link EValidator} when not {@code null}, and a {@link Condition} whose
     * {@code osgi.condition.id} is the namespace URI, in that order. All carry {@link #NAME} and
     * {@link #NS_URI}.
     */
    public static Registration register(BundleContext context, EPackage ePackage, EValidator validator) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(NAME, ePackage.getName());
        properties.put(NS_URI, ePackage.getNsURI());

        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        registrations.add(context.registerService(types(ePackage, EPackage.class), ePackage, properties));
        EFactory factory = ePackage.getEFactoryInstance();
        registrations.add(context.registerService(types(factory, EFactory.class), factory, properties));
        if (validator != null) {
            registrations.add(context.registerService(EValidator.class, validator, properties));
        }
        Dictionary<String, Object> condition = new Hashtable<>();
        condition.put(NAME, ePackage.getName());
        condition.put(NS_URI, ePackage.getNsURI());
        condition.put(Condition.CONDITION_ID, ePackage.getNsURI());
        registrations.add(context.registerService(Condition.class, Condition.INSTANCE, condition));

        Collections.reverse(registrations);
        return () -> registrations.forEach(EPackageServices::unregister);
    }

    /** {@code base} and the generated interfaces of {@code service} that extend it, by name. */
    private static String[] types(Object service, Class<?> base) {
        List<String> names = new ArrayList<>();
        Arrays.stream(service.getClass().getInterfaces())
                .filter(type -> type != base && base.isAssignableFrom(type))
                .forEach(type -> names.add(type.getName()));
        names.add(base.getName());
        return names.toArray(String[]::new);
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // The bundle is stopping and the framework unregistered it first.
        }
    }
}
