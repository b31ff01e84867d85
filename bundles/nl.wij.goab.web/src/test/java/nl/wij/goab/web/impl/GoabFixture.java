package nl.wij.goab.web.impl;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import nl.wij.core.model.CoreFactory;
import nl.wij.core.model.CorePackage;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Instelling;
import nl.wij.core.model.KinderopvangLocatie;
import nl.wij.core.model.SoortOpvang;
import nl.wij.core.model.Vestiging;
import nl.wij.core.model.support.Datums;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;
import nl.wij.goab.model.Achterstandsscore;
import nl.wij.goab.model.GoabFactory;
import nl.wij.goab.model.GoabPackage;
import nl.wij.goab.model.Maatregel;
import nl.wij.goab.model.MaatregelSoort;
import nl.wij.goab.model.Maatregeljaar;
import nl.wij.goab.model.PbmInzet;
import nl.wij.goab.model.Peuter;
import nl.wij.goab.model.Uitkering;
import nl.wij.goab.model.VeLocatie;
import nl.wij.goab.model.support.GoabSleutels;
import nl.wij.testing.TestDatabase;

/**
 * The real store on in-memory Derby with the core and GOAB models, the shipped default rules, and a
 * small gemeente: one school with a score, an uitkering and an overspent measure in 2025, a VE-locatie
 * with too few PBM hours, and six indicated peuters in one wijk of whom two are placed.
 */
abstract class GoabFixture {

    static final CorePackage CORE = CorePackage.eINSTANCE;
    static final GoabPackage GOAB = GoabPackage.eINSTANCE;
    static final LocalDate VANDAAG = LocalDate.of(2025, 3, 15);

    TestDatabase database;
    JdbcModelStore store;

    @BeforeEach
    void startStore() throws SQLException, IOException {
        database = new TestDatabase();
        store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
        store.bindPackage(CORE);
        store.bindPackage(GOAB);
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/standaard/regels.json"))) {
            new Standaardregels(store, GOAB).schrijf(in);
        }
    }

    @AfterEach
    void stopStore() {
        database.close();
    }

    void vulGemeente() {
        CoreFactory c = CORE.getCoreFactory();
        GoabFactory g = GOAB.getGoabFactory();
        store.write("test", session -> {
            List<EObject> objects = new ArrayList<>();
            Gemeente zaanstad = c.createGemeente();
            zaanstad.setCode("GM0479");
            zaanstad.setNaam("Zaanstad");
            Instelling instelling = c.createInstelling();
            instelling.setBrin4("04AB");
            Vestiging school = c.createVestiging();
            school.setBrin6("04AB00");
            school.setNaam("De Zaanschool");
            school.setInstelling(instelling);
            school.setGemeente(zaanstad);
            Achterstandsscore score = g.createAchterstandsscore();
            score.setVestiging(school);
            score.setPeildatum(Datums.datum(LocalDate.of(2019, 10, 1)));
            score.setBekostigdeLeerlingen(200);
            score.setScore(new BigDecimal("150.25"));
            score.setSleutel(GoabSleutels.van(score));
            Uitkering uitkering = g.createUitkering();
            uitkering.setGemeente(zaanstad);
            uitkering.setJaar(2025);
            uitkering.setBedrag(new BigDecimal("1000000"));
            uitkering.setSleutel(GoabSleutels.van(uitkering));
            Maatregel schakelklas = g.createMaatregel();
            schakelklas.setCode("schakelklas-noord");
            schakelklas.setNaam("Schakelklas Noord");
            schakelklas.setSoort(MaatregelSoort.SCHAKELKLAS);
            schakelklas.setGemeente(zaanstad);
            Maatregeljaar cijfers = g.createMaatregeljaar();
            cijfers.setMaatregel(schakelklas);
            cijfers.setJaar(2025);
            cijfers.setPlaatsen(15);
            cijfers.setDeelnemers(14);
            cijfers.setBegroot(new BigDecimal("10000"));
            cijfers.setBesteed(new BigDecimal("12500"));
            cijfers.setSleutel(GoabSleutels.van(cijfers));
            KinderopvangLocatie kdv = c.createKinderopvangLocatie();
            kdv.setSleutel("LRK|123456789");
            kdv.setLrkNummer("123456789");
            kdv.setNaam("De Boomhut");
            kdv.setSoort(SoortOpvang.KDV);
            VeLocatie locatie = g.createVeLocatie();
            locatie.setLrkNummer("123456789");
            locatie.setLocatie(kdv);
            locatie.setVePlaatsen(16);
            PbmInzet inzet = g.createPbmInzet();
            inzet.setLocatie(locatie);
            inzet.setJaar(2025);
            inzet.setUren(BigDecimal.TEN);
            inzet.setSleutel(GoabSleutels.van(inzet));
            objects.addAll(List.of(zaanstad, instelling, school, score, uitkering, schakelklas, cijfers, kdv, locatie, inzet));
            for (int i = 1; i <= 6; i++) {
                Peuter p = g.createPeuter();
                p.setCode("T-000" + i);
                p.setGeboortedatum(Datums.datum(LocalDate.of(2022, 1, 10)));
                p.setWijkcode("WK047901");
                p.setIndicatiedatum(Datums.datum(LocalDate.of(2024, 6, 1)));
                if (i <= 2) {
                    p.setLocatie(locatie);
                    p.setPlaatsingVanaf(Datums.datum(LocalDate.of(2024, 12, 2)));
                    p.getUrenPerDag().addAll(List.of(BigDecimal.valueOf(4), BigDecimal.valueOf(4), BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO));
                }
                objects.add(p);
            }
            return session.saveAll(objects);
        });
    }
}
