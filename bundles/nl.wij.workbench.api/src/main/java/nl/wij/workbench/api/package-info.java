/**
 * How a module contributes to the web workbench, the e4 way.
 * <p>
 * A module registers {@link nl.wij.workbench.api.WorkbenchContribution} services; each returns a
 * {@link nl.wij.workbench.api.WorkbenchFragment} of descriptors (perspectives, views, commands,
 * menu items) that name one of the shell's stable {@link nl.wij.workbench.api.Anchors}. The shell
 * never names a module: it merges the fragments of the services present now, and removes a
 * module's elements from every open browser as soon as its services go away. A view is a
 * descriptor plus an ES module URL served by the contributing bundle; the shell loads it only when
 * the view is opened. Ids are prefixed with the contributing bundle's symbolic name and the kind,
 * e.g. {@code nl.wij.ihp.web.view.capaciteit}, so others can target them.
 * <p>
 * Modules report signaleringen for the Problems view through
 * {@link nl.wij.workbench.api.ProblemSource} services.
 */
@Export
@Version("1.0.0")
package nl.wij.workbench.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
