package nl.wij.platform.api.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a command of the {@code wij} launcher: sets the service property
 * {@code wij.command} (DS derives the name from this single-element annotation's type name).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WijCommand {

    /** The command, e.g. {@code token.create} for {@code wij token create}. */
    String value();
}
