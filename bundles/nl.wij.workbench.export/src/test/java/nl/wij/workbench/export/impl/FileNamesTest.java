package nl.wij.workbench.export.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.wij.workbench.export.ExportFormat;

class FileNamesTest {

    @Test
    void namesAreSafeForEveryFileSystemAndHeader() {
        assertEquals("Leerlingen-Zaanstad-2024-2025.xlsx", FileNames.safe("Leerlingen Zaanstad 2024/2025", ExportFormat.XLSX));
        assertEquals("Sudwest-Fryslan.csv", FileNames.safe("Súdwest-Fryslân", ExportFormat.CSV));
        assertEquals("etc-passwd.csv", FileNames.safe("../../etc/passwd", ExportFormat.CSV));
        assertEquals("a-Set-Cookie-x-1.csv", FileNames.safe("a\r\nSet-Cookie: x=1", ExportFormat.CSV));
        assertEquals("rm-rf.csv", FileNames.safe("\"; rm -rf *", ExportFormat.CSV));
        assertEquals("export.csv", FileNames.safe("", ExportFormat.CSV));
        assertEquals("export.xlsx", FileNames.safe(null, ExportFormat.XLSX));
        assertEquals("export.xlsx", FileNames.safe("..\\..", ExportFormat.XLSX));
        assertEquals("tabel.csv", FileNames.safe("tabel.csv", ExportFormat.CSV));
        assertEquals("tabel.xlsx.csv", FileNames.safe("tabel.xlsx", ExportFormat.CSV));
        String longName = FileNames.safe("x".repeat(500), ExportFormat.XLSX);
        assertEquals(FileNames.MAX_LENGTH + ".xlsx".length(), longName.length());
    }

    @Test
    void contentDispositionCarriesTheSafeName() {
        String header = FileNames.contentDisposition(FileNames.safe("Scholen \"Zaanstad\"", ExportFormat.CSV));
        assertEquals("attachment; filename=\"Scholen-Zaanstad.csv\"; filename*=UTF-8''Scholen-Zaanstad.csv", header);
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
    }
}
