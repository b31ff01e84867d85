package nl.wij.core.store.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.store.ColumnRole;
import nl.wij.core.store.SchemaChange;
import nl.wij.core.store.dialect.Dialect;

/** Applies the additive changes of a package: new tables, new columns, longer text columns, foreign keys. */
final class SchemaUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpdater.class);

    private final Dialect dialect;

    SchemaUpdater(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * @param migrated whether a migration ran first: tables or columns it already made are then
     *        taken as they are instead of refused
     */
    void apply(Connection connection, PackageMap map, List<SchemaChange> changes, boolean migrated)
            throws SQLException {
        Map<String, TableDef> desired = map.tables().stream()
                .collect(Collectors.toMap(TableDef::qualified, Function.identity()));
        List<String> foreignKeys = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String ddl : dialect.createSchema(connection, map.schema())) {
                execute(statement, ddl);
            }
            for (SchemaChange change : changes) {
                TableDef table = desired.get(change.table());
                switch (change.kind()) {
                    case TABLE_ADDED -> {
                        if (dialect.tableExists(connection, table.schema(), table.name())) {
                            if (!migrated) {
                                throw new SQLException("Pakket " + map.nsURI() + ": tabel " + table.qualified()
                                        + " bestaat al in de database, maar de opslag heeft haar niet vastgelegd;"
                                        + " hernoem of verwijder die tabel, of lever een migratie");
                            }
                            continue;
                        }
                        execute(statement, createTable(table));
                        for (ColumnDef c : table.columns()) {
                            if (c.refTable() != null) {
                                foreignKeys.add(foreignKey(table, c));
                            }
                        }
                    }
                    case COLUMN_ADDED -> {
                        if (dialect.columnExists(connection, table.schema(), table.name(), change.column())) {
                            continue;
                        }
                        ColumnDef c = table.column(change.column()).orElseThrow();
                        String fallback = c.role() == ColumnRole.DISCRIMINATOR ? "'" + table.eClass() + "'" : null;
                        if (!c.nullable() && fallback == null) {
                            throw new SQLException("Pakket " + map.nsURI() + ": kolom " + table.qualified() + "."
                                    + c.name() + " kan niet aan een bestaande tabel worden toegevoegd");
                        }
                        execute(statement, dialect.addColumn(table.qualified(), definition(c), fallback));
                        if (c.refTable() != null) {
                            foreignKeys.add(foreignKey(table, c));
                        }
                    }
                    case COLUMN_WIDENED -> execute(statement, dialect.widenColumn(table.qualified(), change.column(),
                            table.column(change.column()).orElseThrow().type()));
                    default -> {
                        // destructive changes were handled by a migration (or refused before)
                    }
                }
            }
            for (String ddl : foreignKeys) {
                execute(statement, ddl);
            }
        }
    }

    String createTable(TableDef table) {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table.qualified()).append(" (");
        for (ColumnDef c : table.columns()) {
            ddl.append(definition(c)).append(", ");
        }
        ddl.append("CONSTRAINT ").append(constraint("PK_" + table.name())).append(" PRIMARY KEY (")
                .append(String.join(", ", table.primaryKey())).append("))");
        return ddl.toString();
    }

    private String foreignKey(TableDef table, ColumnDef column) {
        return "ALTER TABLE " + table.qualified() + " ADD " + dialect.foreignKey(
                foreignKeyName(table.name(), column.name()), column.name(), column.refTable(), column.refColumn());
    }

    String foreignKeyName(String table, String column) {
        return constraint("FK_" + table + "_" + column);
    }

    private String constraint(String name) {
        return Names.identifier(name, dialect.maxIdentifierLength());
    }

    private String definition(ColumnDef c) {
        return c.name() + " " + dialect.typeName(c.type()) + (c.nullable() ? "" : " NOT NULL");
    }

    private static void execute(Statement statement, String ddl) throws SQLException {
        LOG.debug("Opslag: {}", ddl);
        statement.executeUpdate(ddl);
    }
}
