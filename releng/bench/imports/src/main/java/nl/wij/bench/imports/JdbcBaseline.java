package nl.wij.bench.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.wij.core.importer.DuoReader;
import nl.wij.core.importer.ImportOptions;
import nl.wij.core.importer.LeerlingtellingRecord;
import nl.wij.core.importer.RegioRecord;
import nl.wij.core.importer.VestigingRecord;
import nl.wij.core.model.Onderwijssoort;
import nl.wij.core.model.support.Sleutels;

/**
 * The baseline: the same files read by the same reader, the same deduplicated rows inserted with
 * plain JDBC batches into hand-written tables with the same keys and foreign keys; one transaction
 * per file; no comparison with stored rows, no audit.
 */
final class JdbcBaseline {

    private final Connection connection;
    private final DuoReader reader;
    /** Keys already inserted, with a one-letter prefix per table. */
    private final Set<String> seen = new HashSet<>();

    JdbcBaseline(Connection connection, DuoReader reader) throws SQLException {
        this.connection = connection;
        this.reader = reader;
        createTables();
        connection.setAutoCommit(false);
    }

    void importFile(Path file) throws Exception {
        try (Inserts inserts = new Inserts()) {
            reader.stream(file, ImportOptions.defaults(), record -> {
                try {
                    if (record instanceof VestigingRecord v) {
                        inserts.vestiging(v);
                    } else if (record instanceof LeerlingtellingRecord t) {
                        inserts.telling(t);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            inserts.flush();
        }
        connection.commit();
    }

    private void createTables() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE GEMEENTE (CODE VARCHAR(255) PRIMARY KEY, NAAM VARCHAR(1000), PROVINCIE VARCHAR(1000))");
            s.execute("CREATE TABLE REGIO (SLEUTEL VARCHAR(255) PRIMARY KEY, TYPE VARCHAR(255), CODE VARCHAR(1000),"
                    + " NAAM VARCHAR(1000))");
            s.execute("CREATE TABLE LID (SLEUTEL VARCHAR(255) PRIMARY KEY, REGIO VARCHAR(255) REFERENCES REGIO,"
                    + " GEMEENTE VARCHAR(255) REFERENCES GEMEENTE, ROL VARCHAR(255))");
            s.execute("CREATE TABLE BESTUUR (NUMMER VARCHAR(255) PRIMARY KEY)");
            s.execute("CREATE TABLE INSTELLING (BRIN4 VARCHAR(255) PRIMARY KEY, BESTUUR VARCHAR(255) REFERENCES BESTUUR)");
            s.execute("CREATE TABLE VESTIGING (BRIN6 VARCHAR(255) PRIMARY KEY, NAAM VARCHAR(1000), STRAAT VARCHAR(1000),"
                    + " HUISNUMMER VARCHAR(1000), POSTCODE VARCHAR(1000), PLAATS VARCHAR(1000), DENOMINATIE VARCHAR(1000),"
                    + " OPENBAAR BOOLEAN, SOORT VARCHAR(255), GEMEENTE VARCHAR(255) REFERENCES GEMEENTE,"
                    + " INSTELLING VARCHAR(255) REFERENCES INSTELLING)");
            s.execute("CREATE TABLE STRUCTUUR (VESTIGING VARCHAR(255) REFERENCES VESTIGING, POSITIE INT,"
                    + " WAARDE VARCHAR(255), PRIMARY KEY (VESTIGING, POSITIE))");
            s.execute("CREATE TABLE TELLING (SLEUTEL VARCHAR(255) PRIMARY KEY, VESTIGING VARCHAR(255) REFERENCES VESTIGING,"
                    + " PEILDATUM DATE, SOORT VARCHAR(255), ONDERWIJSTYPE VARCHAR(1000), LEERJAAR INT, AANTAL INT,"
                    + " ONDERDRUKT BOOLEAN)");
        }
    }

    /** Batched inserts of one file; parents are inserted before their children when flushed. */
    private final class Inserts implements AutoCloseable {
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        Inserts() throws SQLException {
            prepare("GEMEENTE", "INSERT INTO GEMEENTE VALUES (?, ?, ?)");
            prepare("REGIO", "INSERT INTO REGIO VALUES (?, ?, ?, ?)");
            prepare("LID", "INSERT INTO LID VALUES (?, ?, ?, ?)");
            prepare("BESTUUR", "INSERT INTO BESTUUR VALUES (?)");
            prepare("INSTELLING", "INSERT INTO INSTELLING VALUES (?, ?)");
            prepare("VESTIGING", "INSERT INTO VESTIGING VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            prepare("STRUCTUUR", "INSERT INTO STRUCTUUR VALUES (?, ?, ?)");
            prepare("TELLING", "INSERT INTO TELLING VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            // The same end state as the import: the counts give the soort of known vestigingen and the
            // written-out names of known gemeenten.
            prepare("SOORT", "UPDATE VESTIGING SET SOORT = ? WHERE BRIN6 = ?");
            prepare("NAAM", "UPDATE GEMEENTE SET NAAM = ? WHERE CODE = ?");
        }

        private void prepare(String name, String sql) throws SQLException {
            statements.put(name, connection.prepareStatement(sql));
        }

        void vestiging(VestigingRecord v) throws SQLException {
            if (seen.add("G" + v.gemeenteCode())) {
                add("GEMEENTE", v.gemeenteCode(), v.gemeenteNaam(), v.provincie());
            }
            if (v.bevoegdGezagNummer() != null && seen.add("B" + v.bevoegdGezagNummer())) {
                add("BESTUUR", v.bevoegdGezagNummer());
            }
            if (seen.add("I" + v.brin4())) {
                add("INSTELLING", v.brin4(), v.bevoegdGezagNummer());
            }
            for (RegioRecord r : v.regios()) {
                String key = r.type() + "|" + r.code();
                if (seen.add("R" + key)) {
                    add("REGIO", key, r.type().name(), r.code(), r.naam());
                }
                if (seen.add("L" + key + "|" + v.gemeenteCode())) {
                    add("LID", key + "|" + v.gemeenteCode() + "|", key, v.gemeenteCode(), "lid");
                }
            }
            seen.add("V" + v.brin6());
            add("VESTIGING", v.brin6(), v.naam(), v.straat(), v.huisnummer(), v.postcode(), v.plaats(), v.denominatie(),
                    "Openbaar".equals(v.denominatie()), v.soort(), v.gemeenteCode(), v.brin4());
            for (int i = 0; i < v.onderwijsstructuur().size(); i++) {
                add("STRUCTUUR", v.brin6(), i, v.onderwijsstructuur().get(i));
            }
        }

        void telling(LeerlingtellingRecord t) throws SQLException {
            String brin4 = t.brin6().substring(0, 4);
            String gemeente = t.vestiging().gemeenteCode();
            if (gemeente != null && seen.add("G" + gemeente)) {
                add("GEMEENTE", gemeente, t.vestiging().gemeenteNaam(), t.vestiging().provincie());
            }
            if (seen.add("I" + brin4)) {
                add("INSTELLING", brin4, null);
            }
            if (seen.add("V" + t.brin6())) {
                add("VESTIGING", t.brin6(), t.vestiging().naam(), null, null, t.vestiging().postcode(),
                        t.vestiging().plaats(), t.vestiging().denominatie(), false, t.soort(), gemeente, brin4);
                seen.add("S" + t.brin6());
            } else if (seen.add("S" + t.brin6())) {
                add("SOORT", t.soort(), t.brin6());
            }
            String naam = t.vestiging().gemeenteNaam();
            if (gemeente != null && naam != null && !naam.equals(naam.toUpperCase(Locale.ROOT))
                    && seen.add("N" + gemeente)) {
                add("NAAM", naam, gemeente);
            }
            add("TELLING", Sleutels.leerlingtelling(t.brin6(), t.peildatum(), Onderwijssoort.get(t.soort()),
                    t.onderwijstype(), t.leerjaar()), t.brin6(), Date.valueOf(t.peildatum()), t.soort(),
                    t.onderwijstype(), t.leerjaar(), t.aantal(), t.onderdrukt());
        }

        private void add(String table, Object... values) throws SQLException {
            PreparedStatement s = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.addBatch();
        }

        /** Executes the batches in dependency order (the order of the map). */
        void flush() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        }
    }
}
