package nl.wij.bench.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

import nl.wij.core.importer.DuoReaders;
import nl.wij.core.imports.ImportRequest;
import nl.wij.core.imports.impl.ImportDispatcher;
import nl.wij.core.imports.impl.duo.DuoFileImporter;
import nl.wij.core.model.CorePackage;
import nl.wij.core.store.impl.JdbcModelStore;
import nl.wij.core.store.impl.derby.DerbyDialect;

/**
 * What one audit row costs in Derby, and which variants of the audit table would make it cheaper:
 * imports the four DUO files once through the store, then writes the same audit rows again, in one
 * transaction and batches of 1,000 as {@code AuditLog} does, into new tables that differ in one
 * respect each; CPU time of the writing thread, median of 6 rounds after a warm-up. Prints a
 * Markdown table. Run after {@code mvn -B -P bench -DskipTests -Dexec.skip install -pl
 * releng/bench/imports -am}:
 * {@code mvn -B -P bench exec:java -pl releng/bench/imports -Dexec.mainClass=nl.wij.bench.imports.AuditVariants
 * -Dexec.args="DUO-DIR WORK-DIR"}.
 */
public final class AuditVariants {

    private static final int ROUNDS = 7;

    private enum Variant {
        STORE("as the store: identity ID, index (TABEL, SLEUTEL, ID)"),
        NO_INDEX("no index"),
        HASH_INDEX("index on a 4-byte CRC-32 of table and key instead"),
        KEY_INDEX("index on SLEUTEL only"),
        NO_SUMMARY("CREATED rows without the value summary (NIEUWE_WAARDE)"),
        GIVEN_ID("ID given by the writer instead of an identity column"),
        MULTI_ROW("10 rows per INSERT statement (multi-row VALUES)");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    private AuditVariants() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path work = Path.of(args[1]);
        DiskDatabase.deleteTree(work);
        Files.createDirectories(work);
        List<String[]> rows = auditRowsOfAnImport(data, work.resolve("import"));
        Map<Variant, List<Long>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Variant v : Variant.values()) {
                try (DiskDatabase database = new DiskDatabase(work.resolve(v + "-" + round));
                        Connection connection = database.connect()) {
                    Timing t = write(connection, v, rows);
                    if (round > 0) {
                        cpu.computeIfAbsent(v, k -> new ArrayList<>()).add(t.cpuNanos() / 1_000_000);
                    }
                }
            }
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%,d audit rows of one import of the four files; CPU time, median of %d rounds:%n%n", rows.size(),
                ROUNDS - 1));
        md.append("| Audit table | CPU |\n| --- | ---: |\n");
        cpu.forEach((v, millis) -> {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            md.append(String.format(Locale.ROOT, "| %s | %d ms |%n", v.label, sorted.get(sorted.size() / 2)));
        });
        System.out.println(md);
        DiskDatabase.deleteTree(work);
    }

    private static List<String[]> auditRowsOfAnImport(Path data, Path dir) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (DiskDatabase database = new DiskDatabase(dir)) {
            JdbcModelStore store = new JdbcModelStore(database, new DerbyDialect(), Clock.systemUTC());
            store.bindPackage(CorePackage.eINSTANCE);
            ImportDispatcher service = new ImportDispatcher(25, Clock.systemUTC());
            service.addImporter(new DuoFileImporter(store, DuoReaders.create(), CorePackage.eINSTANCE, 25_000, 50));
            for (String file : ImportBenchmark.FILES) {
                service.importFile(data.resolve(file), new ImportRequest("import:bench", null, null));
            }
            try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT ACTIE, TABEL, KLASSE, SLEUTEL, KENMERK, OUDE_WAARDE, NIEUWE_WAARDE FROM WIJ_STORE.AUDIT"
                            + " ORDER BY ID")) {
                while (r.next()) {
                    String[] row = new String[7];
                    for (int i = 0; i < 7; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Timing write(Connection connection, Variant v, List<String[]> rows) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("CREATE TABLE AUDIT (ID BIGINT NOT NULL" + (v == Variant.GIVEN_ID ? ""
                    : " GENERATED ALWAYS AS IDENTITY") + ", TIJDSTIP TIMESTAMP NOT NULL, GEBRUIKER VARCHAR(128) NOT NULL,"
                    + " ACTIE VARCHAR(10) NOT NULL, TABEL VARCHAR(300) NOT NULL, KLASSE VARCHAR(128) NOT NULL,"
                    + " SLEUTEL VARCHAR(1000) NOT NULL, KENMERK VARCHAR(128), OUDE_WAARDE VARCHAR(32000),"
                    + " NIEUWE_WAARDE VARCHAR(32000), OBJEKT INTEGER)");
            switch (v) {
                case NO_INDEX -> { }
                case HASH_INDEX -> s.executeUpdate("CREATE INDEX AUDIT_OBJEKT ON AUDIT (OBJEKT)");
                case KEY_INDEX -> s.executeUpdate("CREATE INDEX AUDIT_SLEUTEL ON AUDIT (SLEUTEL)");
                default -> s.executeUpdate("CREATE INDEX AUDIT_OBJECT ON AUDIT (TABEL, SLEUTEL, ID)");
            }
        }
        connection.setAutoCommit(false);
        int perStatement = v == Variant.MULTI_ROW ? 10 : 1;
        String columns = "TIJDSTIP, GEBRUIKER, ACTIE, TABEL, KLASSE, SLEUTEL, KENMERK, OUDE_WAARDE, NIEUWE_WAARDE, OBJEKT"
                + (v == Variant.GIVEN_ID ? ", ID" : "");
        String values = v == Variant.GIVEN_ID ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp now = new Timestamp(System.currentTimeMillis());
        return Timing.of(() -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT (" + columns + ") VALUES "
                    + String.join(", ", Collections.nCopies(perStatement, values)))) {
                int statements = 0;
                // With several rows per statement, the last rows short of a whole statement are left out.
                for (int from = 0; from + perStatement <= rows.size(); from += perStatement) {
                    int p = 1;
                    for (int i = from; i < from + perStatement; i++) {
                        p = bind(insert, p, rows.get(i), now, v, i);
                    }
                    insert.addBatch();
                    if (++statements % (1000 / perStatement) == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        });
    }

    private static int bind(PreparedStatement insert, int p, String[] row, Timestamp now, Variant v, long id)
            throws SQLException {
        insert.setTimestamp(p++, now);
        insert.setString(p++, "import:bench");
        for (int i = 0; i < row.length; i++) {
            insert.setString(p++, v == Variant.NO_SUMMARY && i == 6 && "CREATED".equals(row[0]) ? null : row[i]);
        }
        CRC32 crc = new CRC32();
        crc.update((row[1] + "\u0000" + row[3]).getBytes(StandardCharsets.UTF_8));
        insert.setInt(p++, (int) crc.getValue());
        if (v == Variant.GIVEN_ID) {
            insert.setLong(p++, id);
        }
        return p;
    }
}
