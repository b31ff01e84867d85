package nl.wij.core.importer.impl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The header of a file: its column names as written, normalised, and the logical columns they map to. */
final class Header {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-\\u00A0\\uFEFF]+");

    private final List<String> names;
    private final List<String> normalised;
    private final Map<Column, Integer> index = new EnumMap<>(Column.class);

    Header(List<String> raw) {
        this.names = List.copyOf(raw);
        List<String> norm = new ArrayList<>(raw.size());
        for (String name : raw) {
            norm.add(normalise(name));
        }
        this.normalised = List.copyOf(norm);
        for (Column column : Column.values()) {
            for (String alias : column.aliases()) {
                int i = normalised.indexOf(alias);
                if (i >= 0) {
                    index.put(column, i);
                    break;
                }
            }
        }
    }

    /**
     * Upper case without spaces, underscores, hyphens (or non-breaking spaces and stray BOMs): the
     * spelling drift DUO's headers show ({@code BRIN NUMMER}, {@code BRIN_NUMMER}, trailing spaces).
     */
    static String normalise(String name) {
        return SEPARATORS.matcher(name).replaceAll("").toUpperCase(Locale.ROOT);
    }

    int size() {
        return names.size();
    }

    boolean has(Column column) {
        return index.containsKey(column);
    }

    /** 0-based position, or -1. */
    int indexOf(Column column) {
        return index.getOrDefault(column, -1);
    }

    /** The name as the file writes it. */
    String name(int i) {
        return i >= 0 && i < names.size() ? names.get(i) : "kolom " + (i + 1);
    }

    String normalisedName(int i) {
        return normalised.get(i);
    }

    /** Whether every name is empty (a blank first line). */
    boolean isBlank() {
        return normalised.stream().allMatch(String::isEmpty);
    }

    /** The header as found, for messages: {@code PROVINCIE; BRIN NUMMER; ...}. */
    String describe() {
        String text = String.join("; ", names);
        return text.length() > 1200 ? text.substring(0, 1200) + "…" : text;
    }
}
