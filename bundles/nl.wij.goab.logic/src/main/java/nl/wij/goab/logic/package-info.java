/**
 * The rules of onderwijsachterstandenbeleid and voor- en vroegschoolse educatie as plain Java.
 * <p>
 * Every number that changes with politics or policy (960 hours, 18 months from age 2.5, at most 6
 * hours a day, 10 PBM hours per VE peuter on 1 January, the gemeente's bereik target) comes in
 * through a {@link nl.wij.goab.logic.Regelboek} of dated parameters; none is a constant here. The
 * classes take plain values (dates, hours, amounts, codes), so they know neither EMF nor OSGi and
 * are tested on hand-worked cases.
 */
@Export
@Version("1.0.0")
package nl.wij.goab.logic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
