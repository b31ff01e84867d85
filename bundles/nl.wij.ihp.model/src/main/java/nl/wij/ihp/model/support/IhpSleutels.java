package nl.wij.ihp.model.support;

import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Sleutels;
import nl.wij.ihp.model.Gebruik;
import nl.wij.ihp.model.Leerlingprognose;
import nl.wij.ihp.model.Normbedrag;
import nl.wij.ihp.model.Project;
import nl.wij.ihp.model.Ruimtenorm;
import nl.wij.ihp.model.Verordening;
import nl.wij.ihp.model.Vrijstelling;

/**
 * The {@code sleutel} (iD attribute) of the IHP classes without a natural key, by the rules of the
 * core's {@link Sleutels}: parts joined by {@code |}, an empty part for an unknown value, {@code |}
 * and {@code \} inside a part escaped with {@code \}. Set the key when an object is created and
 * whenever one of its parts changes. Examples:
 * <ul>
 *   <li>gebruik: {@code G0012|27ZT00|2015}</li>
 *   <li>verordening: {@code GM0479|2025}, and {@code VNG|} for the VNG model defaults</li>
 *   <li>ruimtenorm: {@code VNG||bo}</li>
 *   <li>normbedrag: {@code VNG|nieuwbouw|2023}</li>
 *   <li>leerlingprognose: {@code 27ZT00|2030|DUO|BAO}</li>
 *   <li>project: {@code IHP-2025-v2|3}</li>
 *   <li>vrijstelling: {@code 27ZT00|richting50km}</li>
 * </ul>
 */
public final class IhpSleutels {

    /** The first part of the keys of the VNG model defaults (no gemeente). */
    public static final String VNG = "VNG";

    private IhpSleutels() {
    }

    public static String van(Gebruik gebruik) {
        return join(gebruik.getGebouw() == null ? null : gebruik.getGebouw().getCode(), brin6(gebruik.getVestiging()),
                text(gebruik.getVanafJaar()));
    }

    public static String van(Verordening verordening) {
        return join(gemeente(verordening.getGemeente()), text(verordening.getVanafJaar()));
    }

    public static String van(Ruimtenorm norm) {
        return (norm.getVerordening() == null ? "" : norm.getVerordening().getSleutel()) + Sleutels.SCHEIDER
                + join(norm.getCategorie());
    }

    public static String van(Normbedrag normbedrag) {
        return join(gemeente(normbedrag.getGemeente()), normbedrag.getVoorziening().getLiteral(), text(normbedrag.getJaar()));
    }

    public static String van(Leerlingprognose prognose) {
        return join(brin6(prognose.getVestiging()), text(prognose.getJaar()), prognose.getBron().getLiteral(), prognose.getType());
    }

    public static String van(Project project) {
        return join(project.getPlan() == null ? null : project.getPlan().getCode(), text(project.getNummer()));
    }

    public static String van(Vrijstelling vrijstelling) {
        return join(brin6(vrijstelling.getVestiging()), vrijstelling.getGrond().getLiteral());
    }

    private static String gemeente(Gemeente gemeente) {
        return gemeente == null ? VNG : gemeente.getCode();
    }

    private static String brin6(Vestiging vestiging) {
        return vestiging == null ? null : vestiging.getBrin6();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String join(String... parts) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append(Sleutels.SCHEIDER);
            }
            String part = parts[i] == null ? "" : parts[i].trim();
            for (int c = 0; c < part.length(); c++) {
                char ch = part.charAt(c);
                if (ch == Sleutels.SCHEIDER || ch == '\\') {
                    key.append('\\');
                }
                key.append(ch);
            }
        }
        return key.toString();
    }
}
