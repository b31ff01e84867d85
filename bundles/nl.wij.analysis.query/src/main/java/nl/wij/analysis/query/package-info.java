/**
 * Analyst queries over the published analytical views.
 * <p>
 * {@link nl.wij.analysis.query.QueryService} runs one read-only statement ({@code SELECT},
 * {@code VALUES}; {@code WITH} where the database knows it) on a read-only connection as the
 * restricted database user that holds {@code SELECT} on the available views and nothing else, so
 * the store's tables, the audit trail and the query log are unreachable whatever the SQL says.
 * Every query has a row limit and a time limit, can be cancelled, and is logged (who, when, SQL,
 * rows, duration, outcome). {@link nl.wij.analysis.query.SavedQueries} keeps named queries with a
 * chart definition, private to their owner or shared.
 */
@Export
@Version("1.0.0")
package nl.wij.analysis.query;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
