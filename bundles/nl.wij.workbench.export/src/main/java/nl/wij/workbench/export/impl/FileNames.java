package nl.wij.workbench.export.impl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import nl.wij.workbench.export.ExportFormat;

/**
 * Safe download names: accents are dropped ({@code Súdwest-Fryslân} becomes {@code Sudwest-Fryslan}),
 * anything but letters, digits, {@code .}, {@code _} and {@code -} becomes {@code -}, no leading
 * dots or dashes (no hidden files, no options), at most 80 characters, {@code export} when nothing
 * is left, plus the format's extension.
 */
final class FileNames {

    static final int MAX_LENGTH = 80;

    private FileNames() {
    }

    static String safe(String baseName, ExportFormat format) {
        String base = baseName == null ? "" : Normalizer.normalize(baseName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".");
        base = base.replaceAll("^[-.]+", "").replaceAll("[-.]+$", "");
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).replaceAll("[-.]+$", "");
        }
        String extension = "." + format.extension();
        if (base.toLowerCase(Locale.ROOT).endsWith(extension)) {
            base = base.substring(0, base.length() - extension.length());
        }
        return (base.isEmpty() ? "export" : base) + extension;
    }

    /** {@code attachment} with the name plain and as RFC 5987 {@code filename*} (identical here: ASCII only). */
    static String contentDisposition(String safeName) {
        return "attachment; filename=\"" + safeName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(safeName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
