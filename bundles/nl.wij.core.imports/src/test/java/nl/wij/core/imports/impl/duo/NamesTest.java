package nl.wij.core.imports.impl.duo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** How a gemeentenaam from a DUO file meets the stored one. */
class NamesTest {

    @Test
    void aNameInCapitalsNeverReplacesAWrittenOutOne() {
        assertEquals("'s-Gravenhage", Names.prefer("'s-Gravenhage", "S GRAVENHAGE"));
        assertEquals("'s-Gravenhage", Names.prefer("S GRAVENHAGE", "'s-Gravenhage"));
        assertEquals("EMMEN", Names.prefer(null, "EMMEN"));
        assertEquals("Emmen", Names.prefer("Emmen", " "));
        assertEquals("Zaanstad", Names.prefer("GM0479", "Zaanstad"));
        assertEquals("ZAANSTAD", Names.prefer("GM0479", "ZAANSTAD"), "a code as placeholder is replaced by any name");
        assertFalse(Names.capitals("0479"), "no letters, no capitals");
    }
}
