package nl.wij.core.store.impl;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The naming rules of the derived schema (README, "Naming"). Every name is a regular SQL
 * identifier in upper case, so analysts can write it unquoted in any case.
 */
final class Names {

    /** Schema of the store's own tables (metadata and audit). */
    static final String STORE_SCHEMA = "WIJ_STORE";
    static final String SCHEMA_SUFFIX = "_DATA";
    static final String DISCRIMINATOR = "KLASSE";
    static final String POSITION = "POSITIE";
    static final String VALUE = "WAARDE";

    /**
     * Words reserved in SQL:2016, Derby or PostgreSQL; a derived name equal to one gets a trailing
     * underscore ({@code order} becomes {@code ORDER_}).
     */
    private static final Set<String> RESERVED = Set.of(("ADD ALL ALLOCATE ALTER ANALYSE ANALYZE AND ANY ARE ARRAY AS ASC"
            + " ASSERTION ASYMMETRIC AT AUTHORIZATION AVG BEGIN BETWEEN BIGINT BINARY BIT BLOB BOOLEAN BOTH BY CALL"
            + " CASCADE CASCADED CASE CAST CHAR CHARACTER CHARACTER_LENGTH CHAR_LENGTH CHECK CLOB CLOSE COALESCE"
            + " COLLATE COLLATION COLUMN COMMIT CONCURRENTLY CONNECT CONNECTION CONSTRAINT CONSTRAINTS CONTINUE"
            + " CONVERT CORRESPONDING CREATE CROSS CURRENT CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA"
            + " CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DATE DAY DEALLOCATE DEC DECIMAL DECLARE DEFAULT"
            + " DEFERRABLE DEFERRED DELETE DESC DESCRIBE DIAGNOSTICS DISCONNECT DISTINCT DO DOUBLE DROP ELSE END"
            + " ESCAPE EXCEPT EXCEPTION EXEC EXECUTE EXISTS EXPLAIN EXTERNAL FALSE FETCH FIRST FLOAT FOR FOREIGN"
            + " FOUND FREEZE FROM FULL FUNCTION GET GLOBAL GO GOTO GRANT GROUP HAVING HOUR IDENTITY ILIKE IMMEDIATE"
            + " IN INDICATOR INITIALLY INNER INOUT INPUT INSENSITIVE INSERT INT INTEGER INTERSECT INTERVAL INTO IS"
            + " ISNULL ISOLATION JOIN KEY LAST LATERAL LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP LOWER LTRIM"
            + " MATCH MAX MERGE MIN MINUTE MONTH NATIONAL NATURAL NCHAR NEXT NO NONE NOT NOTNULL NULL NULLIF NUMERIC"
            + " NVARCHAR OF OFFSET ON ONLY OPEN OPTION OR ORDER OUTER OUTPUT OVERLAPS PAD PARTIAL PLACING POSITION"
            + " PREPARE PRESERVE PRIMARY PRIOR PRIVILEGES PROCEDURE PUBLIC READ REAL REFERENCES RELATIVE RESTRICT"
            + " RETURNING REVOKE RIGHT ROLLBACK ROW ROWS ROW_NUMBER RTRIM SCHEMA SCROLL SECOND SELECT SESSION_USER"
            + " SET SIMILAR SMALLINT SOME SPACE SQL SQLCODE SQLERROR SQLSTATE SUBSTR SUBSTRING SUM SYMMETRIC"
            + " SYSTEM_USER TABLE TABLESAMPLE TEMPORARY THEN TIME TIMESTAMP TIMEZONE_HOUR TIMEZONE_MINUTE TO"
            + " TRAILING TRANSACTION TRANSLATE TRANSLATION TRIM TRUE UNION UNIQUE UNKNOWN UPDATE UPPER USER USING"
            + " VALUE VALUES VARCHAR VARIADIC VARYING VERBOSE VIEW WHEN WHENEVER WHERE WINDOW WITH WORK WRITE XML"
            + " XMLEXISTS XMLPARSE XMLQUERY XMLSERIALIZE YEAR").split(" "));

    private Names() {
    }

    /**
     * camelCase to SNAKE_CASE: a word starts at an upper-case letter that follows a lower-case
     * letter or digit ({@code bevoegdGezag} → {@code BEVOEGD_GEZAG}) and at the last capital of a
     * run followed by a lower-case letter ({@code BRINCode} → {@code BRIN_CODE}); digits stay with
     * their word ({@code brin6} → {@code BRIN6}); accents are dropped, any other character becomes
     * {@code _}, runs of {@code _} collapse and none leads or trails; a leading digit gets an
     * {@code N} in front.
     */
    static String snake(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
            if (!letterOrDigit) {
                out.append('_');
                continue;
            }
            if (Character.isUpperCase(c) && i > 0) {
                char before = plain.charAt(i - 1);
                boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
                boolean endOfCapitals = Character.isUpperCase(before) && i + 1 < plain.length()
                        && Character.isLowerCase(plain.charAt(i + 1));
                if (afterLower || endOfCapitals) {
                    out.append('_');
                }
            }
            out.append(Character.toUpperCase(c));
        }
        String snake = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (snake.isEmpty()) {
            snake = "X";
        }
        if (Character.isDigit(snake.charAt(0))) {
            snake = "N" + snake;
        }
        return snake;
    }

    /** A reserved word gets a trailing underscore; a name too long is cut and made unique with a hash. */
    static String identifier(String name, int maxLength) {
        String id = RESERVED.contains(name) ? name + "_" : name;
        if (id.length() <= maxLength) {
            return id;
        }
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        String hash = String.format(Locale.ROOT, "%08X", crc.getValue());
        return id.substring(0, maxLength - 9) + "_" + hash;
    }

    /** The schema of a package: its nsPrefix, snake-cased, with {@code _DATA}. */
    static String schema(String nsPrefix, int maxLength) {
        return identifier(snake(nsPrefix == null || nsPrefix.isBlank() ? "model" : nsPrefix) + SCHEMA_SUFFIX,
                maxLength);
    }
}
