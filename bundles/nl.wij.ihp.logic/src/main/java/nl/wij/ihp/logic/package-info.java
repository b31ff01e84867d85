/**
 * The rules of onderwijshuisvesting and the IHP, as plain Java over plain values.
 * <p>
 * Nothing here knows OSGi, EMF or a database, and no number of a verordening is a constant: the
 * parameters (ruimtenormen, drempel, levensduur, opheffingsnorm, normbedragen with their index) are
 * passed in by the caller, which reads them from the store. Amounts and areas are {@code BigDecimal}
 * rounded half-up to two decimals.
 * <ul>
 *   <li>{@link nl.wij.ihp.logic.Ruimtebehoefte}: normatieve ruimtebehoefte of a vestiging;</li>
 *   <li>{@link nl.wij.ihp.logic.Capaciteitstoets}: available m2 against need, in m2 and %, with a verdict;</li>
 *   <li>{@link nl.wij.ihp.logic.Normbedragen}: normbedrag per m2 indexed to the execution year;</li>
 *   <li>{@link nl.wij.ihp.logic.Voorziening}: who pays by law, with doordecentralisatie;</li>
 *   <li>{@link nl.wij.ihp.logic.Plantotalen} and {@link nl.wij.ihp.logic.Planverschil}: a plan's costs
 *       per year and payer, and what changed between two versions;</li>
 *   <li>{@link nl.wij.ihp.logic.Signaleringsregels}: the rules behind the signaleringen.</li>
 * </ul>
 */
@Export
@Version("1.0.0")
package nl.wij.ihp.logic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
