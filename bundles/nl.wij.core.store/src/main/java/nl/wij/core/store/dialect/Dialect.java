package nl.wij.core.store.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Everything in the store's SQL that is not portable.
 * <p>
 * Names given to a dialect are regular identifiers in upper case ({@code CORE_DATA},
 * {@code BEVOEGD_GEZAG}), never quoted, so they behave case-insensitively in every database; a
 * dialect folds them as its database stores them ({@link #storedIdentifier}) only when it looks
 * them up in the catalog. Statements returned are single statements without a terminating
 * semicolon.
 */
@ConsumerType
public interface Dialect {

    /** A short name for logs, e.g. {@code derby}. */
    String name();

    /** Whether this dialect speaks to a database with this {@code DatabaseMetaData} product name. */
    boolean supports(String databaseProductName);

    /** The longest identifier the database accepts (Derby 128, PostgreSQL 63). */
    int maxIdentifierLength();

    /** The longest VARCHAR; longer text becomes {@link ColumnType.Kind#CLOB}. */
    int maxVarcharLength();

    /** The most digits of a DECIMAL. */
    int maxDecimalPrecision();

    /** The database's name for a type, e.g. {@code VARCHAR(255)}, {@code DOUBLE PRECISION}. */
    String typeName(ColumnType type);

    /** A column definition for a generated BIGINT key, e.g. {@code ID BIGINT GENERATED ALWAYS AS IDENTITY}. */
    String identityColumn(String column);

    /** Statements that create the schema if it does not exist (may query the connection). */
    List<String> createSchema(Connection connection, String schema) throws SQLException;

    /** Whether the table exists (looked up with the database's identifier case). */
    boolean tableExists(Connection connection, String schema, String table) throws SQLException;

    /** Whether the column exists. */
    boolean columnExists(Connection connection, String schema, String table, String column) throws SQLException;

    /** How the database stores an unquoted identifier (Derby: upper case, PostgreSQL: lower case). */
    String storedIdentifier(String identifier);

    /**
     * A foreign-key table constraint, checked at commit so that the objects of one unit of work
     * may be saved in any order, e.g. {@code CONSTRAINT FK_X FOREIGN KEY (A) REFERENCES S.T (K)
     * DEFERRABLE INITIALLY DEFERRED}.
     */
    String foreignKey(String constraint, String column, String targetTable, String targetColumn);

    /** Adds a column to an existing table; {@code defaultLiteral} may be {@code null}. */
    String addColumn(String table, String columnDefinition, String defaultLiteral);

    /** Makes a VARCHAR column longer. */
    String widenColumn(String table, String column, ColumnType type);

    /** The select with paging appended, e.g. {@code OFFSET 10 ROWS FETCH NEXT 20 ROWS ONLY}. */
    String page(String select, long offset, int limit);

    /** What a failure means. */
    SqlFailure classify(SQLException exception);
}
