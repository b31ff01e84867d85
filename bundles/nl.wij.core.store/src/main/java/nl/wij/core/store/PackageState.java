package nl.wij.core.store;

import java.util.List;

/**
 * Whether the store can hold a registered EPackage.
 *
 * @param nsURI the package's namespace URI
 * @param schema the database schema of its tables, e.g. {@code CORE_DATA}
 * @param status what the store did with it
 * @param messages why it is not available (Dutch, one line each); empty when available
 */
public record PackageState(String nsURI, String schema, Status status, List<String> messages) {

    public enum Status {
        /** Tables exist and match the model; objects can be stored. */
        AVAILABLE,
        /** The model changed destructively or cannot be mapped; nothing was changed in the database. */
        REFUSED,
        /** It refers to a package that is not available yet; it is mapped as soon as that one is. */
        WAITING,
        /** The service went away; its data stays in the database. */
        REMOVED
    }

    public PackageState {
        messages = List.copyOf(messages);
    }
}
