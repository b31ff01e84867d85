package nl.wij.platform.security.impl;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a command of the {@code wij} launcher: sets the service property
 * {@code wij.command} (the name is derived from this single-element annotation's type name).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface WijCommand {

    /** The command, e.g. {@code token.create} for {@code wij token create}. */
    String value();
}
