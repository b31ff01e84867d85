package nl.wij.core.store;

import java.time.Instant;

/**
 * One row of the audit trail ({@code WIJ_STORE.AUDIT}).
 * <p>
 * {@link AuditAction#UPDATED} rows name one feature with its old and new value. A
 * {@link AuditAction#CREATED} row has no feature and lists every value the object was created
 * with in {@code newValue}; a {@link AuditAction#DELETED} row lists the last values in
 * {@code oldValue}. Values are text: attributes in their literal form (dates as ISO
 * {@code 2024-10-01}, enums by literal), references as the target's key, lists as
 * {@code [a, b]}; summaries as {@code feature=value; feature=value}.
 *
 * @param id increasing number, also the order of the changes
 * @param table the qualified table of the object, e.g. {@code CORE_DATA.VESTIGING}
 * @param eClass the name of the object's class
 * @param key the object's key as text
 * @param feature the feature's name; {@code null} for CREATED and DELETED
 */
public record AuditEntry(long id, Instant timestamp, String user, AuditAction action, String table, String eClass,
        String key, String feature, String oldValue, String newValue) {
}
