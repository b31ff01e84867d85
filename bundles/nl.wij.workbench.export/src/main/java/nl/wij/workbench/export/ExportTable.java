package nl.wij.workbench.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to export. Rows are lists with one value per column, in column order; values are
 * {@code String}, {@code Integer}/{@code Long}, {@code BigDecimal}/{@code Double},
 * {@code LocalDate}, {@code Boolean} or {@code null} (an empty cell).
 *
 * @param title   what the table shows (Dutch), e.g. {@code "Leerlingen per vestiging, 1 oktober 2024"}
 * @param source  the attribution the publisher asks for, e.g. {@code "DUO"} or {@code "Bron: DUO"};
 *                {@code null} or blank when the data is the gemeente's own
 * @param columns the columns, at least one
 * @param rows    the rows; each as long as {@code columns}
 */
public record ExportTable(String title, String source, List<ExportColumn> columns, List<List<Object>> rows) {

    public ExportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An export table needs at least one column");
        }
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row == null || row.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " has " + (row == null ? "no" : row.size())
                        + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The source line as written in files: {@code "Bron: DUO"}, or {@code ""} without a source. */
    public String sourceLine() {
        if (source == null || source.isBlank()) {
            return "";
        }
        String text = source.strip();
        return text.regionMatches(true, 0, "Bron", 0, 4) ? text : "Bron: " + text;
    }
}
