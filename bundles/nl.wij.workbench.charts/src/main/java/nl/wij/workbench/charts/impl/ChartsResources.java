package nl.wij.workbench.charts.impl;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the ES modules {@code grafiek.js} and {@code kaart.js} and their stylesheet under
 * {@code /modules/nl.wij.workbench.charts/} from {@code web/}; views import them by absolute URL.
 */
@Component(service = ChartsResources.class)
@HttpWhiteboardResource(pattern = "/modules/nl.wij.workbench.charts/*", prefix = "/web")
public final class ChartsResources {
}
