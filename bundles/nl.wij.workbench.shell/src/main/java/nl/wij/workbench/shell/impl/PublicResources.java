package nl.wij.workbench.shell.impl;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves {@code /public/*} (login page, stylesheet, logo: readable without login) from {@code web/public}. */
@Component(service = PublicResources.class)
@HttpWhiteboardResource(pattern = "/public/*", prefix = "/web/public")
public final class PublicResources {
}
