package nl.wij.core.views;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's analytical views. Register it as an OSGi service (Declarative Services); while it is
 * registered its views exist in the database and in the analyst catalog, and when it goes (the
 * bundle stops or is removed) they go too. The data they read stays in the store.
 */
@ConsumerType
public interface ViewProvider {

    /**
     * The views this provider publishes, in an order in which each view only reads views listed
     * before it (or published by other providers, see {@link AnalyticalView#requiredViews()}).
     */
    List<AnalyticalView> views();
}
