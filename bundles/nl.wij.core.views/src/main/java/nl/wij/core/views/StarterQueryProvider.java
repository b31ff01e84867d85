package nl.wij.core.views;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's starter queries. Register it as an OSGi service (usually the same component as the
 * module's {@link ViewProvider}); its queries are offered while it is registered and the views they
 * read are available.
 */
@ConsumerType
public interface StarterQueryProvider {

    List<StarterQuery> starterQueries();
}
