package nl.wij.workbench.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Supplies signaleringen for the Problems view. Register it as a service; the shell asks all
 * sources when a user opens or refreshes the view.
 */
@ConsumerType
public interface ProblemSource {

    List<Problem> problems();
}
