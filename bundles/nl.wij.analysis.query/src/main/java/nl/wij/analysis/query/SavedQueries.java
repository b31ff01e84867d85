package nl.wij.analysis.query;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Saved analyst queries; private to their owner unless shared. */
@ProviderType
public interface SavedQueries {

    /** The queries {@code user} may see: their own and the shared ones, by name. */
    List<SavedQuery> list(String user);

    Optional<SavedQuery> get(String id, String user);

    /**
     * Saves a new query (id {@code null}) owned by {@code user}, or changes one of theirs.
     *
     * @throws IllegalArgumentException a name or SQL that is empty or too long, a chart that is not
     *         a valid definition, or a query of someone else (Dutch message)
     */
    SavedQuery save(SavedQuery query, String user);

    /** Deletes a query of {@code user} (any user's when {@code anyUser}); false when there is none. */
    boolean delete(String id, String user, boolean anyUser);
}
