package nl.wij.workbench.shell.impl;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves {@code /workbench/*} (the shell page, its scripts and its own views) from {@code web/workbench}. */
@Component(service = WorkbenchResources.class)
@HttpWhiteboardResource(pattern = "/workbench/*", prefix = "/web/workbench")
public final class WorkbenchResources {
}
