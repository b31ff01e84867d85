package nl.wij.core.importer.impl;

import java.util.List;
import java.util.Optional;

import nl.wij.core.importer.FileKind;

/**
 * Recognises a file kind from its header. Each kind has signature columns that together occur in no
 * other kind; the first kind whose signature is complete wins. A kind is recognised even when some of
 * its other required columns are missing, so that the message names the missing column instead of
 * calling the file unknown.
 */
final class Kinds {

    private Kinds() {
    }

    static Optional<FileKind> detect(Header header) {
        if (header.has(Column.ONDERWIJSTYPE) && !VoTellingMapper.countColumns(header).isEmpty()) {
            return Optional.of(FileKind.LEERLINGEN_VO);
        }
        if (header.has(Column.SOORT_PO) && header.has(Column.LEERLINGEN)) {
            return Optional.of(FileKind.LEERLINGEN_PO);
        }
        if (header.has(Column.NAAM) && header.has(Column.ONDERWIJSSTRUCTUUR)) {
            return Optional.of(FileKind.VESTIGINGEN_VO);
        }
        if (header.has(Column.NAAM) && header.has(Column.STRAAT)) {
            return Optional.of(FileKind.VESTIGINGEN_PO);
        }
        return Optional.empty();
    }

    static List<Column> required(FileKind kind) {
        return switch (kind) {
            case VESTIGINGEN_PO, VESTIGINGEN_VO -> VestigingMapper.required(kind);
            case LEERLINGEN_PO -> PoTellingMapper.REQUIRED;
            case LEERLINGEN_VO -> VoTellingMapper.REQUIRED;
        };
    }
}
