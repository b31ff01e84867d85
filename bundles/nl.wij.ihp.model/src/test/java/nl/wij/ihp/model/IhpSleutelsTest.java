package nl.wij.ihp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Vestiging;
import nl.wij.ihp.model.support.IhpSleutels;

class IhpSleutelsTest {

    private static final IhpFactory F = IhpFactory.eINSTANCE;

    @Test
    void keysFollowFromTheFacts() {
        Vestiging vestiging = CoreFactory.eINSTANCE.createVestiging();
        vestiging.setBrin6("27ZT00");
        Gemeente zaanstad = CoreFactory.eINSTANCE.createGemeente();
        zaanstad.setCode("GM0479");

        Verordening vng = F.createVerordening();
        assertEquals("VNG|", IhpSleutels.van(vng));
        vng.setGemeente(zaanstad);
        vng.setVanafJaar(2025);
        assertEquals("GM0479|2025", IhpSleutels.van(vng));
        vng.setSleutel(IhpSleutels.van(vng));

        Ruimtenorm norm = F.createRuimtenorm();
        norm.setVerordening(vng);
        norm.setCategorie("HAVO|VWO");
        assertEquals("GM0479|2025|HAVO\\|VWO", IhpSleutels.van(norm));

        Leerlingprognose prognose = F.createLeerlingprognose();
        prognose.setVestiging(vestiging);
        prognose.setJaar(2030);
        prognose.setBron(Prognosebron.DUO);
        assertEquals("27ZT00|2030|DUO|", IhpSleutels.van(prognose));

        Normbedrag bedrag = F.createNormbedrag();
        bedrag.setVoorziening(Projectsoort.NIEUWBOUW);
        bedrag.setJaar(2023);
        assertEquals("VNG|nieuwbouw|2023", IhpSleutels.van(bedrag));

        Plan plan = F.createPlan();
        plan.setCode("IHP-2025");
        Project project = F.createProject();
        project.setPlan(plan);
        project.setNummer(3);
        assertEquals("IHP-2025|3", IhpSleutels.van(project));

        Vrijstelling vrijstelling = F.createVrijstelling();
        vrijstelling.setVestiging(vestiging);
        vrijstelling.setGrond(Vrijstellingsgrond.RICHTING50KM);
        assertEquals("27ZT00|richting50km", IhpSleutels.van(vrijstelling));
    }
}
