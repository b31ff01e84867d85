package nl.wij.workbench.export;

/** The file formats a {@link TableExporter} writes. */
public enum ExportFormat {
    /** Semicolon-separated text, UTF-8 with byte order mark, decimal comma (for Dutch Excel). */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** Office Open XML workbook with typed cells. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file name extension without dot ({@code csv}, {@code xlsx}). */
    public String extension() {
        return extension;
    }

    /** The media type of a download. */
    public String contentType() {
        return contentType;
    }
}
