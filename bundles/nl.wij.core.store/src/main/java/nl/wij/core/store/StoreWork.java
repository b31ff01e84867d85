package nl.wij.core.store;

import org.osgi.annotation.versioning.ConsumerType;

/** A unit of work against the store; see {@link ModelStore#read} and {@link ModelStore#write}. */
@ConsumerType
@FunctionalInterface
public interface StoreWork<T> {

    /** Does the work; throwing any runtime exception rolls a write back. */
    T run(StoreSession session);
}
