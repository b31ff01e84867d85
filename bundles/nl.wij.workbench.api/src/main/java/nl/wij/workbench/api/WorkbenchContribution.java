package nl.wij.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of the workbench model. Register it as a service; unregistering it (for example
 * by stopping the bundle) removes its elements live.
 */
@ConsumerType
public interface WorkbenchContribution {

    /** The elements this contribution adds; called whenever the shell rebuilds its model. */
    WorkbenchFragment fragment();
}
