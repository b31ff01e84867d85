package nl.wij.core.imports.impl;

import static nl.wij.core.imports.impl.SharedData.duo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wij import}: arguments, the Dutch report, and a refused file as a failure with file:line:column. */
class ImportCommandTest extends ImportFixture {

    @TempDir
    Path dir;

    @Test
    void importsAFileWithKindAndPeildatumAndPrintsTheReport() throws Exception {
        ImportCommand command = new ImportCommand(imports);

        String text = command.apply(List.of(duo(SharedData.VO_COUNTS).toString(), "--kind", "leerlingen-vo",
                "--peildatum=2021-10-01"));

        assertTrue(text.startsWith(SharedData.VO_COUNTS + " is ingelezen: Leerlingen vo (DUO), peildatum 2021-10-01,"),
                text);
        assertTrue(text.contains("Leerlingtellingen"), text);
        assertTrue(text.contains("nieuw  gewijzigd  ongewijzigd"), text);
        assertEquals(ImportCommand.USER, imports.recent().get(0).user());
    }

    @Test
    void aRefusedFileIsAFailureListingFileLineAndColumn() throws Exception {
        Path broken = dir.resolve(SharedData.BO);
        List<String> lines = Files.readAllLines(duo(SharedData.BO), SharedData.WINDOWS_1252);
        String[] fields = lines.get(41).split(";", -1);
        fields[9] = "x"; // GEMEENTENUMMER, the tenth column
        lines.set(41, String.join(";", fields));
        Files.write(broken, lines, SharedData.WINDOWS_1252);
        ImportCommand command = new ImportCommand(imports);

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> command.apply(List.of(broken.toString())));

        assertTrue(refused.getMessage().contains(SharedData.BO + ":42:10 kolom GEMEENTENUMMER:"), refused.getMessage());
        assertTrue(refused.getMessage().contains("er is niets ingelezen"), refused.getMessage());
        assertEquals(0, rows(MODEL.getVestiging()));
    }

    @Test
    void helpListsTheKindsOfTheImportersPresent() {
        ImportCommand command = new ImportCommand(imports);

        String help = command.apply(List.of("--help"));

        assertTrue(help.startsWith("Gebruik: wij import BESTAND [--kind SOORT]"), help);
        for (String id : List.of("vestigingen-po", "vestigingen-vo", "leerlingen-po", "leerlingen-vo")) {
            assertTrue(help.contains("\n  " + id + " "), help);
        }
        assertTrue(help.contains("Vestigingen po (DUO) (.csv, .txt)"), help);
        assertTrue(new ImportCommand(new ImportDispatcher(5, java.time.Clock.systemUTC())).apply(List.of("-h"))
                .contains("geen enkele importmodule actief"));
    }

    @Test
    void aKindIsAcceptedInTheSpellingsOfBefore() throws Exception {
        ImportCommand command = new ImportCommand(imports);

        String text = command.apply(List.of(duo(SharedData.VO).toString(), "--kind", "VESTIGINGEN_VO"));

        assertTrue(text.contains("is ingelezen: Vestigingen vo (DUO)"), text);
        assertEquals("vestigingen-vo", imports.recent().get(0).report().kind());
    }

    @Test
    void wrongUseIsAnIllegalArgumentWithTheUsage() {
        ImportCommand command = new ImportCommand(imports);

        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.apply(List.of()))
                .getMessage().contains("Gebruik: wij import"));
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> command.apply(List.of("a.csv", "--kind", "x"))).getMessage();
        assertTrue(unknown.contains("onbekende bestandssoort 'x'") && unknown.contains("vestigingen-po (Vestigingen po"),
                unknown);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> command.apply(List.of(dir.toString() + "/a.csv", "--peildatum", "1-10-2019")))
                .getMessage().contains("geen datum"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.apply(List.of(dir + "/nee.csv")))
                .getMessage().contains("bestaat niet"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.apply(List.of("a.csv", "--kind")))
                .getMessage().contains("mist een waarde"));
    }
}
