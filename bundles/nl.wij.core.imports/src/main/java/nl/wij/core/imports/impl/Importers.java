package nl.wij.core.imports.impl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wij.core.imports.FileImporter;
import nl.wij.core.imports.ImportKind;

/**
 * The {@link FileImporter}s present now, by kind, as they come and go. Each importer's kinds are
 * read once, when it arrives; a kind id another importer offers already is left out (with a
 * warning), so every id has one importer. Thread-safe.
 */
final class Importers {

    private static final Logger LOG = LoggerFactory.getLogger(Importers.class);

    /** A kind and the importer that reads it. */
    record Claim(ImportKind kind, FileImporter importer) {
    }

    /** An importer with the kinds it got. */
    private record Entry(FileImporter importer, List<ImportKind> kinds) {
    }

    private final Map<FileImporter, Entry> entries = new LinkedHashMap<>();

    synchronized void add(FileImporter importer) {
        List<ImportKind> offered;
        try {
            offered = List.copyOf(importer.kinds());
        } catch (RuntimeException e) {
            LOG.warn("Importeur {} genegeerd: zijn soorten zijn niet te lezen", importer.getClass().getName(), e);
            return;
        }
        List<ImportKind> kinds = new ArrayList<>();
        for (ImportKind kind : offered) {
            Optional<Claim> owner = find(kind.id());
            if (owner.isPresent()) {
                LOG.warn("Bestandssoort {} van {} genegeerd: {} biedt die al aan", kind.id(),
                        importer.getClass().getName(), owner.get().importer().getClass().getName());
            } else {
                kinds.add(kind);
            }
        }
        entries.put(importer, new Entry(importer, List.copyOf(kinds)));
        LOG.debug("Importeur {} aanwezig met soorten {}", importer.getClass().getName(), kinds);
    }

    synchronized void remove(FileImporter importer) {
        if (entries.remove(importer) != null) {
            LOG.debug("Importeur {} weg", importer.getClass().getName());
        }
    }

    /** Whether the importer is (still) present. */
    synchronized boolean present(FileImporter importer) {
        return entries.containsKey(importer);
    }

    /** The kinds of all importers present, by label. */
    synchronized List<ImportKind> kinds() {
        return entries.values().stream().flatMap(e -> e.kinds().stream())
                .sorted(Comparator.comparing((ImportKind k) -> k.label().toLowerCase(Locale.ROOT))
                        .thenComparing(ImportKind::id))
                .toList();
    }

    /** The importer of a kind id (normalised: {@code VESTIGINGEN_PO} is {@code vestigingen-po}). */
    synchronized Optional<Claim> find(String kind) {
        String id = normalise(kind);
        for (Entry entry : entries.values()) {
            for (ImportKind k : entry.kinds()) {
                if (k.id().equals(id)) {
                    return Optional.of(new Claim(k, entry.importer()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Asks every importer present whether the file is one of its kinds. An importer that cannot tell
     * (its {@code recognise} fails, or names a kind it does not offer) counts as not recognising it.
     */
    List<Claim> recognise(Path file) {
        List<Entry> present;
        synchronized (this) {
            present = List.copyOf(entries.values());
        }
        List<Claim> claims = new ArrayList<>();
        for (Entry entry : present) {
            Optional<String> id;
            try {
                id = entry.importer().recognise(file);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Importeur {} kon {} niet bekijken: {}", entry.importer().getClass().getName(), file, e.toString());
                continue;
            }
            Optional<ImportKind> kind = id.flatMap(i -> entry.kinds().stream().filter(k -> k.id().equals(i)).findFirst());
            if (id.isPresent() && kind.isEmpty()) {
                LOG.warn("Importeur {} herkent {} als soort {}, die hij niet aanbiedt; genegeerd",
                        entry.importer().getClass().getName(), file.getFileName(), id.get());
            }
            kind.ifPresent(k -> claims.add(new Claim(k, entry.importer())));
        }
        return claims;
    }

    /** A kind id as users may type it: any case, spaces or underscores for hyphens. */
    static String normalise(String kind) {
        return kind == null ? null : kind.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
