package nl.wij.analysis.query.impl;

import java.util.Locale;
import java.util.Set;

import nl.wij.analysis.query.QueryException;
import nl.wij.analysis.query.QueryException.Outcome;

/**
 * The first line of defence (the database is the second: a read-only connection as a user that may
 * only select the published views): a query must be one statement that reads, starting with
 * {@code SELECT}, {@code VALUES} or {@code WITH} (after comments and opening parentheses). The scan
 * knows quoted text, quoted identifiers and comments, so a semicolon or keyword inside them does
 * not count, and a second statement hidden after a comment does.
 */
final class SqlGuard {

    static final int MAX_LENGTH = 100_000;
    private static final Set<String> READING = Set.of("SELECT", "VALUES", "WITH");

    private SqlGuard() {
    }

    /** The statement to run (without a final semicolon), or a refusal with a Dutch message. */
    static String check(String sql) {
        if (sql == null || sql.isBlank()) {
            throw refused("Schrijf een zoekvraag, bijvoorbeeld: SELECT naam FROM core.gemeente");
        }
        if (sql.length() > MAX_LENGTH) {
            throw refused("Een zoekvraag mag hoogstens " + MAX_LENGTH + " tekens lang zijn.");
        }
        int end = statementEnd(sql);
        String statement = sql.substring(0, end).strip();
        String keyword = firstKeyword(statement);
        if (!READING.contains(keyword)) {
            throw refused("Alleen lezen is toegestaan: één SELECT-, WITH- of VALUES-opdracht. Deze opdracht begint met '"
                    + (keyword.isEmpty() ? statement.substring(0, Math.min(20, statement.length())) : keyword)
                    + "'; wijzigen (INSERT, UPDATE, DELETE), tabellen maken of verwijderen en procedures aanroepen"
                    + " (CALL) kan hier niet.");
        }
        return statement;
    }

    /** The end of the first statement: the first semicolon outside text and comments, if only blanks follow. */
    private static int statementEnd(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int close = sql.indexOf(c, i + 1);
                while (close >= 0 && close + 1 < n && sql.charAt(close + 1) == c) {
                    close = sql.indexOf(c, close + 2);
                }
                if (close < 0) {
                    throw refused(c == '\'' ? "Een tekst tussen enkele aanhalingstekens (') is niet afgesloten."
                            : "Een naam tussen dubbele aanhalingstekens (\") is niet afgesloten.");
                }
                i = close + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                if (close < 0) {
                    throw refused("Een opmerking (/* ... */) is niet afgesloten.");
                }
                i = close + 2;
            } else if (c == ';') {
                if (!onlyBlanksAndComments(sql.substring(i + 1))) {
                    throw refused("Er mag maar één opdracht tegelijk worden uitgevoerd; haal de puntkomma (;) en wat"
                            + " erna komt weg.");
                }
                return i;
            } else {
                i++;
            }
        }
        return n;
    }

    private static boolean onlyBlanksAndComments(String rest) {
        return skipBlanksAndComments(rest, 0) >= rest.length();
    }

    private static int skipBlanksAndComments(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (s.startsWith("--", i)) {
                int eol = s.indexOf('\n', i);
                i = eol < 0 ? s.length() : eol + 1;
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? s.length() : close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static String firstKeyword(String statement) {
        int start = skipBlanksAndComments(statement, 0);
        int end = start;
        while (end < statement.length() && Character.isLetter(statement.charAt(end))) {
            end++;
        }
        return statement.substring(start, end).toUpperCase(Locale.ROOT);
    }

    private static QueryException refused(String message) {
        return new QueryException(Outcome.REFUSED, message);
    }
}
