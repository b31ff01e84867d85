package nl.wij.core.editors.impl.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Leerlingtelling;
import nl.wij.core.model.Vestiging;

/** Labels come from the model's documentation and names, never from a list of classes. */
class LabelsTest {

    @Test
    void featuresAreLabelledByTheFirstPhraseOfTheirDocumentation() {
        assertEquals("Vestigingscode", Labels.label(CorePackage.Literals.VESTIGING__BRIN6));
        assertEquals("Naam van de vestiging", Labels.label(CorePackage.Literals.VESTIGING__NAAM));
        assertEquals("CBS-gemeentecode", Labels.label(CorePackage.Literals.GEMEENTE__CODE));
        assertEquals("Denominatie", Labels.label(CorePackage.Literals.VESTIGING__DENOMINATIE));
        assertEquals("Aantal leerlingen", Labels.label(CorePackage.Literals.LEERLINGTELLING__AANTAL));
    }

    @Test
    void longPhrasesGiveWayToTheNameInWords() {
        assertEquals("Onderwijsstructuur", Labels.label(CorePackage.Literals.VESTIGING__ONDERWIJSSTRUCTUUR));
        assertEquals("Opgegaan in", Labels.label(CorePackage.Literals.GEMEENTE__OPGEGAAN_IN));
        assertEquals("Bevoegd gezag", Labels.label(CorePackage.Literals.BEVOEGD_GEZAG));
        assertEquals("Kinderopvang locatie", Labels.label(CorePackage.Literals.KINDEROPVANG_LOCATIE));
    }

    @Test
    void objectsAreNamedByTheirNameAndKey() {
        Vestiging v = CoreFactory.eINSTANCE.createVestiging();
        v.setBrin6("16AH00");
        v.setNaam("De Regenboog");
        assertEquals("De Regenboog (16AH00)", Labels.label(v));
        Leerlingtelling t = CoreFactory.eINSTANCE.createLeerlingtelling();
        t.setSleutel("16AH00|2019-10-01|bo||");
        assertEquals("16AH00|2019-10-01|bo||", Labels.label(t), "no name attribute: the key");
    }

    @Test
    void enumLiteralsShowTheirDocumentation() {
        assertEquals("bo – Basisonderwijs", Labels.label(CorePackage.Literals.ONDERWIJSSOORT.getEEnumLiteral("bo")));
    }
}
