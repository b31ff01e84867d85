package nl.wij.core.imports.impl;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a command of the {@code wij} launcher: sets the service property
 * {@code wij.command} (docs/architecture.md, "Commands").
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface WijCommand {

    /** The command, e.g. {@code import} for {@code wij import}. */
    String value();
}
