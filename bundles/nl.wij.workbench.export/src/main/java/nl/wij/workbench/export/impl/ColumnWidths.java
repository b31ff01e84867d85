package nl.wij.workbench.export.impl;

import java.util.List;

import nl.wij.workbench.export.ExportTable;

/**
 * Column widths (in Excel's character units) from the longest header or cell text of each column,
 * looking at the first rows only so that huge tables stay fast; between 8 and 60 characters.
 */
final class ColumnWidths {

    static final int MIN = 8;
    static final int MAX = 60;
    private static final int SAMPLE_ROWS = 2_000;

    private ColumnWidths() {
    }

    static int[] of(ExportTable table) {
        int[] widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(i).header().length();
        }
        List<List<Object>> rows = table.rows();
        for (int r = 0; r < Math.min(rows.size(), SAMPLE_ROWS); r++) {
            List<Object> row = rows.get(r);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], CsvWriter.cell(table.columns().get(i), row.get(i)).length());
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(MIN, Math.min(MAX, widths[i] + 2));
        }
        return widths;
    }
}
