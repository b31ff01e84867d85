package nl.wij.core.imports.impl;

import static nl.wij.core.imports.impl.Facts.notIn;
import static nl.wij.core.imports.impl.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import nl.wij.core.imports.ClassCount;
import nl.wij.core.imports.ImportReport;
import nl.wij.core.model.Gemeente;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.Onderwijsstructuur;
import nl.wij.core.model.Regio;
import nl.wij.core.model.RegioType;
import nl.wij.core.model.Vestiging;

/**
 * All four real DUO files into the real store on Derby. Every expected number is computed from the
 * files themselves ({@link Facts}), never typed in.
 */
class RealFilesImportTest extends ImportFixture {

    @Test
    void theFourRealFilesImportWithTheNumbersTheFilesHold() throws Exception {
        Facts bo = Facts.vestigingen(duo(SharedData.BO));
        Facts vo = Facts.vestigingen(duo(SharedData.VO));
        Facts po = Facts.poTellingen(duo(SharedData.PO_COUNTS));
        Facts voCounts = Facts.voTellingen(duo(SharedData.VO_COUNTS));

        ImportReport boReport = importFile(duo(SharedData.BO));
        assertTrue(boReport.accepted(), boReport.problems().toString());
        assertEquals("vestigingen-po", boReport.kind());
        assertCount(boReport, "Vestiging", bo.vestigingen.size(), 0, 0);
        assertCount(boReport, "Gemeente", bo.gemeenten.size(), 0, 0);
        assertCount(boReport, "Instelling", bo.instellingen.size(), 0, 0);
        assertCount(boReport, "BevoegdGezag", bo.besturen.size(), 0, 0);
        assertCount(boReport, "Regio", bo.regios.size(), 0, 0);
        assertCount(boReport, "RegioLidmaatschap", bo.lidmaatschappen.size(), 0, 0);

        ImportReport voReport = importFile(duo(SharedData.VO));
        assertTrue(voReport.accepted(), voReport.problems().toString());
        assertCount(voReport, "Vestiging", notIn(vo.vestigingen, bo.vestigingen),
                vo.vestigingen.size() - notIn(vo.vestigingen, bo.vestigingen), 0);
        assertCount(voReport, "Gemeente", notIn(vo.gemeenten, bo.gemeenten), 0,
                vo.gemeenten.size() - notIn(vo.gemeenten, bo.gemeenten));
        assertCount(voReport, "Regio", notIn(vo.regios, bo.regios), 0, vo.regios.size() - notIn(vo.regios, bo.regios));
        assertCount(voReport, "RegioLidmaatschap", notIn(vo.lidmaatschappen, bo.lidmaatschappen), 0,
                vo.lidmaatschappen.size() - notIn(vo.lidmaatschappen, bo.lidmaatschappen));

        Set<String> vestigingen = union(bo.vestigingen, vo.vestigingen);
        Set<String> gemeenten = union(bo.gemeenten, vo.gemeenten);
        assertEquals(vestigingen.size(), rows(MODEL.getVestiging()));
        assertEquals(gemeenten.size(), rows(MODEL.getGemeente()));
        Set<String> rmc = union(bo.rmcRegios, vo.rmcRegios);
        List<EObject> regios = store.read(s -> s.list(MODEL.getRegio()));
        assertEquals(rmc.size(), regios.stream().filter(r -> ((Regio) r).getType() == RegioType.RMC).count(),
                "one Regio per RMC-regio code in the files");

        ImportReport poReport = importFile(duo(SharedData.PO_COUNTS));
        assertTrue(poReport.accepted(), poReport.problems().toString());
        assertEquals(LocalDate.of(2019, 10, 1), poReport.peildatum());
        assertCount(poReport, "Leerlingtelling", po.tellingen, 0, 0);
        ClassCount poVestigingen = poReport.count("Vestiging").orElseThrow();
        assertEquals(notIn(po.vestigingen, vestigingen), poVestigingen.created(),
                "a count for a vestiging no vestigingen file lists creates it");
        assertEquals(po.vestigingen.size(), poVestigingen.total());
        assertEquals(notIn(po.gemeenten, gemeenten), poReport.count("Gemeente").orElseThrow().created());
        vestigingen.addAll(po.vestigingen);

        ImportReport voCountReport = importFile(duo(SharedData.VO_COUNTS));
        assertTrue(voCountReport.accepted(), voCountReport.problems().toString());
        assertEquals(LocalDate.of(2019, 10, 1), voCountReport.peildatum(), "the vo file's peildatum is in its name");
        assertCount(voCountReport, "Leerlingtelling", voCounts.tellingen, 0, 0);
        assertEquals(notIn(voCounts.vestigingen, vestigingen), voCountReport.count("Vestiging").orElseThrow().created());
        vestigingen.addAll(voCounts.vestigingen);

        assertEquals(vestigingen.size(), rows(MODEL.getVestiging()));
        assertEquals(po.tellingen + voCounts.tellingen, rows(MODEL.getLeerlingtelling()));
    }

    @Test
    void theModelGetsSoortStructuurAndWrittenOutNamesFromTheRightFile() throws Exception {
        importFile(duo(SharedData.BO));
        importFile(duo(SharedData.VO));
        importFile(duo(SharedData.PO_COUNTS));
        importFile(duo(SharedData.VO_COUNTS));

        store.read(s -> {
            Vestiging eenspan = (Vestiging) s.get(MODEL.getVestiging(), "16AH00").orElseThrow();
            assertEquals(Onderwijssoort.BO, eenspan.getSoort(), "soort from the po counts");
            assertEquals("7822 HG", eenspan.getPostcode());
            assertEquals("GM0114", eenspan.getGemeente().getCode());
            assertEquals("Emmen", eenspan.getGemeente().getNaam(), "the written-out name of the count file wins");
            assertTrue(eenspan.isOpenbaar());
            assertEquals("10249", eenspan.getInstelling().getBevoegdGezag().getNummer());

            Vestiging pro = (Vestiging) s.get(MODEL.getVestiging(), "18BR00").orElseThrow();
            assertEquals(Onderwijssoort.VO, pro.getSoort());
            assertEquals(List.of(Onderwijsstructuur.PRO), pro.getOnderwijsstructuur());

            Gemeente denHaag = (Gemeente) s.get(MODEL.getGemeente(), "GM0518").orElseThrow();
            assertEquals("'s-Gravenhage", denHaag.getNaam());
            return null;
        });
    }

    @Test
    void vestigingenWithSoAndVsoCountsAreSoAndThePoFileKeepsTheSoortOfTheCounts() throws Exception {
        importFile(duo(SharedData.PO_COUNTS));
        importFile(duo(SharedData.BO));
        Set<String> soAndVso = soAndVso();
        assertTrue(soAndVso.size() > 100, "DUO lists a few hundred so/vso schools twice");

        store.read(s -> {
            for (String brin6 : soAndVso) {
                assertEquals(Onderwijssoort.SO, ((Vestiging) s.get(MODEL.getVestiging(), brin6).orElseThrow()).getSoort(),
                        brin6);
            }
            Vestiging eenspan = (Vestiging) s.get(MODEL.getVestiging(), "16AH00").orElseThrow();
            assertEquals(Onderwijssoort.BO, eenspan.getSoort(), "the po vestigingen file has no soort and keeps it");
            assertEquals("Oosterstraat", eenspan.getStraat(), "the vestigingen file adds the address");
            assertEquals("Emmen", eenspan.getGemeente().getNaam(), "a name in capitals does not replace a written one");
            return null;
        });
    }

    @Test
    void aVoCountForAVestigingNoFileListsCreatesItWithWhatTheCountFileKnows() throws Exception {
        Facts vo = Facts.vestigingen(duo(SharedData.VO));
        Facts counts = Facts.voTellingen(duo(SharedData.VO_COUNTS));
        Set<String> onlyCounted = new HashSet<>(counts.vestigingen);
        onlyCounted.removeAll(vo.vestigingen);
        assertTrue(!onlyCounted.isEmpty());

        importFile(duo(SharedData.VO));
        importFile(duo(SharedData.VO_COUNTS));

        store.read(s -> {
            for (String brin6 : onlyCounted) {
                Vestiging v = (Vestiging) s.get(MODEL.getVestiging(), brin6).orElseThrow();
                assertEquals(Onderwijssoort.VO, v.getSoort(), brin6);
                assertTrue(v.getNaam() != null && v.getPlaats() != null, brin6);
                assertNull(v.getGemeente(), "the vo count file has no gemeente");
                assertEquals(brin6.substring(0, 4), v.getInstelling().getBrin4());
            }
            return null;
        });
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        List<String> files = List.of(SharedData.BO, SharedData.VO, SharedData.PO_COUNTS, SharedData.VO_COUNTS);
        for (String file : files) {
            assertTrue(importFile(duo(file)).accepted());
        }
        Map<String, Long> before = allRows();

        for (String file : files) {
            ImportReport again = importFile(duo(file));
            assertTrue(again.accepted());
            assertEquals(0, again.created(), file + ": " + again.classes());
            assertEquals(0, again.updated(), file + ": " + again.classes());
            assertTrue(again.unchanged() > 0);
        }
        assertEquals(before, allRows(), "no row and no audit entry more");
    }

    @Test
    void aNewerPeildatumAddsCountsAndLeavesTheOldOnes() throws Exception {
        Facts counts = Facts.voTellingen(duo(SharedData.VO_COUNTS));
        importFile(duo(SharedData.VO));
        importFile(duo(SharedData.VO_COUNTS));

        ImportReport newer = importFile(duo(SharedData.VO_COUNTS), LocalDate.of(2020, 10, 1));

        assertTrue(newer.accepted());
        assertEquals(LocalDate.of(2020, 10, 1), newer.peildatum());
        assertCount(newer, "Leerlingtelling", counts.tellingen, 0, 0);
        assertEquals(0, newer.count("Vestiging").orElseThrow().created());
        assertEquals(2 * counts.tellingen, rows(MODEL.getLeerlingtelling()));
        assertEquals(counts.tellingen, count("SELECT COUNT(*) FROM " + store.table(MODEL.getLeerlingtelling())
                .orElseThrow().qualifiedName() + " WHERE PEILDATUM = DATE('2020-10-01')"));
    }

    private static Set<String> soAndVso() throws Exception {
        List<String[]> table = SharedData.naiveTable(duo(SharedData.PO_COUNTS));
        int brin = SharedData.column(table, "BRIN_NUMMER");
        int nummer = SharedData.column(table, "VESTIGINGSNUMMER");
        int soort = SharedData.column(table, "SOORT_PO");
        Map<String, Set<String>> soorten = new java.util.HashMap<>();
        for (String[] row : SharedData.rows(table)) {
            String nr = row[nummer].length() == 1 ? "0" + row[nummer] : row[nummer];
            soorten.computeIfAbsent(row[brin] + nr, k -> new HashSet<>()).add(row[soort]);
        }
        Set<String> result = new HashSet<>();
        soorten.forEach((brin6, set) -> {
            if (set.equals(Set.of("So", "Vso"))) {
                result.add(brin6);
            }
        });
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static void assertCount(ImportReport report, String eClass, long created, long updated, long unchanged) {
        ClassCount count = report.count(eClass).orElse(new ClassCount(eClass, 0, 0, 0));
        assertEquals(List.of(created, updated, unchanged),
                List.of((long) count.created(), (long) count.updated(), (long) count.unchanged()),
                report.file() + ", " + eClass + " (created, updated, unchanged)");
    }
}
