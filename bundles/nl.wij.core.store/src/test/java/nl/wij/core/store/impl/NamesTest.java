package nl.wij.core.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void camelCaseBecomesUpperSnakeCase() {
        assertEquals("BEVOEGD_GEZAG", Names.snake("bevoegdGezag"));
        assertEquals("BRIN6", Names.snake("brin6"));
        assertEquals("GEMEENTE", Names.snake("Gemeente"));
        assertEquals("KINDEROPVANG_LOCATIE", Names.snake("KinderopvangLocatie"));
        assertEquals("BRIN_CODE", Names.snake("BRINCode"));
        assertEquals("LRK_NUMMER", Names.snake("lrkNummer"));
        assertEquals("ADRES2_REGEL", Names.snake("adres2Regel"));
        assertEquals("CAFE_OPENING", Names.snake("caféOpening"));
        assertEquals("A_B", Names.snake("a__b-"));
        assertEquals("N2DE_LIJN", Names.snake("2deLijn"));
    }

    @Test
    void reservedWordsGetAnUnderscoreAndLongNamesAHash() {
        assertEquals("ORDER_", Names.identifier("ORDER", 128));
        assertEquals("USER_", Names.identifier("USER", 128));
        assertEquals("NAAM", Names.identifier("NAAM", 128));
        String longName = "X".repeat(70);
        String cut = Names.identifier(longName, 63);
        assertEquals(63, cut.length());
        assertTrue(cut.matches("X{54}_[0-9A-F]{8}"), cut);
        assertEquals("CORE_DATA", Names.schema("core", 128));
        assertEquals("JEUGD_ZORG_DATA", Names.schema("jeugdZorg", 128));
    }
}
