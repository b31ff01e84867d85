package nl.wij.workbench.shell.impl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.platform.api.security.Account;
import nl.wij.workbench.api.CommandDescriptor;
import nl.wij.workbench.api.MenuItemDescriptor;
import nl.wij.workbench.api.PerspectiveDescriptor;
import nl.wij.workbench.api.ViewDescriptor;
import nl.wij.workbench.api.WorkbenchContribution;
import nl.wij.workbench.api.WorkbenchFragment;

/**
 * The live workbench model: the fragments of all {@link WorkbenchContribution} services present
 * now. Every arrival or departure of a contribution increments the version and tells the
 * listeners (the event stream), so open browsers follow bundles starting and stopping.
 */
@Component(service = WorkbenchModel.class)
public final class WorkbenchModel {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchModel.class);

    /** Contributions by service id, with the symbolic name of the bundle that registered them. */
    private final Map<Long, Contributor> contributors = new ConcurrentSkipListMap<>();
    private final AtomicLong version = new AtomicLong();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param bundle symbolic name of the contributing bundle
     * @param revision changes whenever the bundle is updated, so browsers load its new view modules
     */
    private record Contributor(String bundle, String revision, WorkbenchContribution contribution) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(WorkbenchContribution contribution, ServiceReference<WorkbenchContribution> reference) {
        Bundle owner = reference.getBundle();
        String bundle = owner.getSymbolicName();
        String revision = owner.getVersion() + "-" + owner.getLastModified();
        contributors.put((Long) reference.getProperty(Constants.SERVICE_ID),
                new Contributor(bundle, revision, contribution));
        LOG.debug("Workbench contribution from {} added", bundle);
        changed();
    }

    void removeContribution(ServiceReference<WorkbenchContribution> reference) {
        Contributor removed = contributors.remove((Long) reference.getProperty(Constants.SERVICE_ID));
        if (removed != null) {
            LOG.debug("Workbench contribution from {} removed", removed.bundle());
            changed();
        }
    }

    private void changed() {
        long now = version.incrementAndGet();
        listeners.forEach(listener -> listener.accept(now));
    }

    long version() {
        return version.get();
    }

    /** Registers a listener told the new version after every change. */
    void addListener(LongConsumer listener) {
        listeners.add(listener);
    }

    void removeListener(LongConsumer listener) {
        listeners.remove(listener);
    }

    /** The merged model as one account may see it. */
    Snapshot snapshot(Account account) {
        Set<String> roles = RoleIds.of(account);
        List<Element<PerspectiveDescriptor>> perspectives = new ArrayList<>();
        List<Element<ViewDescriptor>> views = new ArrayList<>();
        List<Element<CommandDescriptor>> commands = new ArrayList<>();
        List<Element<MenuItemDescriptor>> menuItems = new ArrayList<>();
        long current = version.get();
        for (Contributor contributor : contributors.values()) {
            WorkbenchFragment fragment = fragmentOf(contributor);
            String bundle = contributor.bundle();
            fragment.perspectives().stream().filter(p -> visible(p.roles(), roles))
                    .forEach(p -> perspectives.add(new Element<>(p, bundle)));
            fragment.views().stream().filter(v -> visible(v.roles(), roles))
                    .forEach(v -> views.add(new Element<>(versioned(v, contributor.revision()), bundle)));
            fragment.commands().forEach(c -> commands.add(new Element<>(c, bundle)));
            fragment.menuItems().forEach(m -> menuItems.add(new Element<>(m, bundle)));
        }
        perspectives.sort(Comparator.comparingInt(e -> e.value().rank()));
        views.sort(Comparator.comparingInt(e -> e.value().rank()));
        menuItems.sort(Comparator.comparingInt(e -> e.value().rank()));
        return new Snapshot(current, perspectives, views, commands, menuItems);
    }

    private static WorkbenchFragment fragmentOf(Contributor contributor) {
        try {
            return contributor.contribution().fragment();
        } catch (RuntimeException e) {
            LOG.error("Workbench contribution of {} failed; its elements are left out", contributor.bundle(), e);
            return new WorkbenchFragment(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** The view with its module URL made unique per bundle revision (browsers cache ES modules per URL). */
    private static ViewDescriptor versioned(ViewDescriptor view, String revision) {
        String module = view.module() + (view.module().contains("?") ? "&" : "?") + "v="
                + URLEncoder.encode(revision, StandardCharsets.UTF_8);
        return new ViewDescriptor(view.id(), view.label(), view.description(), view.perspective(), view.area(), module,
                view.rank(), view.roles());
    }

    private static boolean visible(Set<String> required, Set<String> held) {
        return required.isEmpty() || required.stream().anyMatch(held::contains);
    }

    /** A model element with the symbolic name of the bundle that contributed it. */
    record Element<T>(T value, String bundle) {
    }

    /** The model at one version. */
    record Snapshot(long version, List<Element<PerspectiveDescriptor>> perspectives,
            List<Element<ViewDescriptor>> views, List<Element<CommandDescriptor>> commands,
            List<Element<MenuItemDescriptor>> menuItems) {
    }
}
