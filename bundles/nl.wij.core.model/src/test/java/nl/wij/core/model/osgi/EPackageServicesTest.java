package nl.wij.core.model.osgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;

import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.condition.Condition;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.util.CoreValidator;

class EPackageServicesTest {

    /** One registerService call, as a fake framework saw it. */
    private record Registered(List<String> types, Object service, Dictionary<String, ?> properties) {
    }

    private final List<Registered> registered = new ArrayList<>();
    private final List<Registered> unregistered = new ArrayList<>();

    @Test
    void registersPackageFactoryValidatorAndCondition() {
        EPackageServices.Registration registration =
                EPackageServices.register(context(), CorePackage.eINSTANCE, CoreValidator.INSTANCE);

        assertEquals(4, registered.size());
        assertEquals(List.of(CorePackage.class.getName(), EPackage.class.getName()), registered.get(0).types());
        assertSame(CorePackage.eINSTANCE, registered.get(0).service());
        assertEquals(List.of(CoreFactory.class.getName(), EFactory.class.getName()), registered.get(1).types());
        assertSame(CoreFactory.eINSTANCE, registered.get(1).service());
        assertEquals(List.of(EValidator.class.getName()), registered.get(2).types());
        assertEquals(List.of(Condition.class.getName()), registered.get(3).types());
        assertEquals("https://wij.nl/model/core/1.0", registered.get(3).properties().get(Condition.CONDITION_ID));
        for (Registered each : registered) {
            assertEquals("core", each.properties().get(EPackageServices.NAME));
            assertEquals("https://wij.nl/model/core/1.0", each.properties().get(EPackageServices.NS_URI));
        }

        registration.close();
        List<Registered> reversed = new ArrayList<>(registered);
        Collections.reverse(reversed);
        assertEquals(reversed, unregistered);
    }

    @Test
    void aPackageWithoutConstraintsHasNoValidator() {
        EPackageServices.register(context(), CorePackage.eINSTANCE, null).close();
        assertArrayEquals(new String[] {EPackage.class.getName(), EFactory.class.getName(), Condition.class.getName()},
                registered.stream().map(r -> r.types().get(r.types().size() - 1)).toArray(String[]::new));
    }

    private BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("registerService")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    List<String> types = args[0] instanceof String[] names ? List.of(names)
                            : args[0] instanceof Class<?> type ? List.of(type.getName()) : List.of((String) args[0]);
                    @SuppressWarnings("unchecked")
                    Registered registration = new Registered(types, args[1], (Dictionary<String, ?>) args[2]);
                    registered.add(registration);
                    return registration(registration);
                });
    }

    private ServiceRegistration<?> registration(Registered registration) {
        return (ServiceRegistration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unregister")) {
                        unregistered.add(registration);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
