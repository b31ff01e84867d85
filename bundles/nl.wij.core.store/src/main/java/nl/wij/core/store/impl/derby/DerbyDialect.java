package nl.wij.core.store.impl.derby;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.wij.core.store.dialect.ColumnType;
import nl.wij.core.store.dialect.Dialect;
import nl.wij.core.store.dialect.SqlFailure;

/** Apache Derby 10.16, the embedded database of a WIJ installation. */
public final class DerbyDialect implements Dialect {

    private static final Set<String> DUPLICATE = Set.of("23505");
    /** 23503: immediate foreign key; 23516: a deferred constraint failed at commit. */
    private static final Set<String> FOREIGN_KEY = Set.of("23503", "23516");
    private static final Set<String> TOO_LONG = Set.of("22001", "22003");
    /** Deadlock, lock timeout. */
    private static final Set<String> CONFLICT = Set.of("40001", "40XL1", "40XL2");
    /** Table or view exists, schema exists. */
    private static final Set<String> EXISTS = Set.of("X0Y32", "X0Y68");

    @Override
    public String name() {
        return "derby";
    }

    @Override
    public boolean supports(String databaseProductName) {
        return databaseProductName != null && databaseProductName.toLowerCase(Locale.ROOT).contains("derby");
    }

    @Override
    public int maxIdentifierLength() {
        return 128;
    }

    @Override
    public int maxVarcharLength() {
        return 32_672;
    }

    @Override
    public int maxDecimalPrecision() {
        return 31;
    }

    @Override
    public String typeName(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case CLOB -> "CLOB";
            case DECIMAL -> "DECIMAL(" + type.precision() + "," + type.scale() + ")";
            default -> type.kind().name();
        };
    }

    @Override
    public String identityColumn(String column) {
        return column + " BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY";
    }

    @Override
    public List<String> createSchema(Connection connection, String schema) throws SQLException {
        return exists(connection, "SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?", schema) ? List.of()
                : List.of("CREATE SCHEMA " + schema);
    }

    /*
     * Derby's DatabaseMetaData queries are compiled the first time a database runs them, which
     * costs about a second each; the system tables answer at once.
     */
    @Override
    public boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        return exists(connection, "SELECT 1 FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID"
                + " WHERE s.SCHEMANAME = ? AND t.TABLENAME = ?", schema, table);
    }

    @Override
    public boolean columnExists(Connection connection, String schema, String table, String column)
            throws SQLException {
        return exists(connection, "SELECT 1 FROM SYS.SYSCOLUMNS c JOIN SYS.SYSTABLES t ON t.TABLEID = c.REFERENCEID"
                + " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID"
                + " WHERE s.SCHEMANAME = ? AND t.TABLENAME = ? AND c.COLUMNNAME = ?", schema, table, column);
    }

    private boolean exists(Connection connection, String sql, String... names) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.length; i++) {
                query.setString(i + 1, storedIdentifier(names[i]));
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public String storedIdentifier(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }

    @Override
    public String foreignKey(String constraint, String column, String targetTable, String targetColumn) {
        return "CONSTRAINT " + constraint + " FOREIGN KEY (" + column + ") REFERENCES " + targetTable + " ("
                + targetColumn + ") DEFERRABLE INITIALLY DEFERRED";
    }

    @Override
    public String addColumn(String table, String columnDefinition, String defaultLiteral) {
        return "ALTER TABLE " + table + " ADD COLUMN " + columnDefinition
                + (defaultLiteral == null ? "" : " DEFAULT " + defaultLiteral);
    }

    @Override
    public String widenColumn(String table, String column, ColumnType type) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + typeName(type);
    }

    @Override
    public String page(String select, long offset, int limit) {
        return select + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
    }

    @Override
    public SqlFailure classify(SQLException exception) {
        for (SQLException e = exception; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state == null) {
                continue;
            }
            if (DUPLICATE.contains(state)) {
                return SqlFailure.DUPLICATE_KEY;
            }
            if (FOREIGN_KEY.contains(state)) {
                return SqlFailure.FOREIGN_KEY;
            }
            if (TOO_LONG.contains(state)) {
                return SqlFailure.VALUE_TOO_LONG;
            }
            if (CONFLICT.contains(state)) {
                return SqlFailure.CONFLICT;
            }
            if (EXISTS.contains(state)) {
                return SqlFailure.ALREADY_EXISTS;
            }
        }
        return SqlFailure.OTHER;
    }
}
