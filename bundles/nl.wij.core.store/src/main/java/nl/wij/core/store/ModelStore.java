package nl.wij.core.store;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.osgi.annotation.versioning.ProviderType;

/**
 * EMF objects in the platform database, in units of work.
 * <p>
 * {@link #write} runs its work in one JDBC transaction: everything it saved or deleted, and the
 * audit rows that record it, commit together, or nothing does (any exception rolls back). Objects
 * returned by a unit of work are detached copies; they stay usable after the unit ends.
 */
@ProviderType
public interface ModelStore {

    /**
     * The {@code osgi.condition.id} of the {@code org.osgi.service.condition.Condition} service the
     * store registers for every package it can hold now (status {@link PackageState.Status#AVAILABLE}),
     * with the service property {@link #NS_URI}; unregistered when the package is removed or
     * refused. A component that reads a package's tables waits for it with the target
     * {@code (&(osgi.condition.id=wij.store.package)(emf.nsURI=<nsURI>))}.
     */
    String PACKAGE_CONDITION = "wij.store.package";

    /** Service property of the availability condition: the package's namespace URI. */
    String NS_URI = "emf.nsURI";

    /** Runs read-only work; the session refuses to save or delete. */
    <T> T read(StoreWork<T> work);

    /**
     * Runs work in one transaction and commits it when the work returns normally.
     *
     * @param user who makes the change, recorded in the audit trail (an account name or a
     *        process like {@code import:duo})
     * @throws StoreException when the work or the commit fails; nothing was written
     */
    <T> T write(String user, StoreWork<T> work);

    /** The audit trail of one object, oldest first, also after it was deleted. */
    List<AuditEntry> auditTrail(EClass eClass, Object key);

    /** Every table the store maintains for the packages available now, with columns and documentation. */
    List<TableInfo> tables();

    /** The main table of a class (the table of its hierarchy), if its package is available. */
    Optional<TableInfo> table(EClass eClass);

    /** The packages the store has seen, available or not, with the reason when not. */
    List<PackageState> packages();
}
