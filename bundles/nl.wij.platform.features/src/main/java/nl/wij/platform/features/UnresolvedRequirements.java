package nl.wij.platform.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.IdentityNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Explains why bundles did not resolve, in plain Dutch: for every unresolved bundle, each
 * mandatory requirement that no installed bundle can satisfy, e.g.
 * {@code nl.wij.ihp.web 0.1.0 heeft package org.example.charts (versie >= 2.0.0 en < 3.0.0) nodig;
 * geen geïnstalleerde bundle levert dat}. A bundle whose own requirements are all available but
 * that still did not resolve depends on another unresolved bundle, and is reported as such.
 */
public final class UnresolvedRequirements {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\((!?)\\(?([\\w.\\-]+)(>=|<=|=|~=)([^()]*)\\)?\\)");

    private UnresolvedRequirements() {
    }

    /** Tries to resolve all bundles and returns one line per problem; empty when all resolved. */
    public static List<String> explain(FrameworkWiring wiring, List<Bundle> bundles) {
        wiring.resolveBundles(bundles);
        List<String> lines = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getState() != Bundle.INSTALLED) {
                continue;
            }
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            String who = bundle.getSymbolicName() + " " + bundle.getVersion();
            int before = lines.size();
            for (Requirement requirement : revision.getRequirements(null)) {
                if (!isOptional(requirement) && wiring.findProviders(requirement).isEmpty()) {
                    lines.add(who + " heeft " + describe(requirement) + " nodig; geen geïnstalleerde bundle levert dat");
                }
            }
            if (lines.size() == before) {
                lines.add(who + " is niet opgelost omdat een bundle waarvan het afhangt niet is opgelost");
            }
        }
        return lines;
    }

    private static boolean isOptional(Requirement requirement) {
        return Namespace.RESOLUTION_OPTIONAL.equals(requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
    }

    /** Turns a requirement into words, e.g. {@code package foo (versie >= 1.0.0 en < 2.0.0)}. */
    static String describe(Requirement requirement) {
        String namespace = requirement.getNamespace();
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        String subject = switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package";
            case BundleNamespace.BUNDLE_NAMESPACE -> "bundle";
            case IdentityNamespace.IDENTITY_NAMESPACE -> "bundle";
            case ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE -> "Java-omgeving";
            case "osgi.service" -> "service";
            case "osgi.extender" -> "extender";
            case "osgi.contract" -> "contract";
            default -> "capability " + namespace;
        };
        String name = null;
        List<String> conditions = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(filter);
        while (m.find()) {
            String key = m.group(2);
            String op = m.group(3);
            String value = m.group(4);
            boolean negated = !m.group(1).isEmpty();
            if (key.equals(namespace) || key.equals("objectClass") || (!negated && key.equals("osgi.ee"))) {
                name = value;
            } else if (key.equals("version") || key.equals("bundle-version")) {
                conditions.add("versie " + (negated ? negate(op) : op) + " " + value);
            } else {
                conditions.add(key + (negated ? " niet " : " ") + op + " " + value);
            }
        }
        StringBuilder text = new StringBuilder(subject);
        text.append(' ').append(name == null ? filter : name);
        if (!conditions.isEmpty()) {
            text.append(" (").append(String.join(" en ", conditions)).append(')');
        }
        return text.toString();
    }

    private static String negate(String op) {
        return Map.of(">=", "<", "<=", ">", "=", "!=").getOrDefault(op, "niet " + op);
    }
}
