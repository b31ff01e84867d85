package nl.wij.core.importer.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

import nl.wij.core.importer.DuoReader;
import nl.wij.core.importer.DuoRecord;
import nl.wij.core.importer.FileKind;
import nl.wij.core.importer.ImportException;
import nl.wij.core.importer.ImportOptions;
import nl.wij.core.importer.ImportProblem;
import nl.wij.core.importer.ImportResult;
import nl.wij.core.importer.ImportSummary;
import nl.wij.core.importer.LeerlingtellingRecord;

/**
 * The {@link DuoReader}: sniff the encoding, detect the separator, read the header, recognise the kind,
 * check the required columns, then map row by row. Stateless; every call has its own objects.
 */
@Component(service = DuoReader.class)
public final class DuoFileReader implements DuoReader {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** How much of a file {@link #recognise} reads: far more than any header line. */
    private static final int RECOGNISE_BYTES = 64 * 1024;

    @Override
    public FileKind detect(Path file) throws ImportException {
        Objects.requireNonNull(file, "file");
        Problems problems = new Problems(fileName(file), 1);
        try {
            TextEncoding encoding = EncodingSniffer.sniff(file);
            try (Reader reader = encoding.open(file)) {
                DelimitedTokenizer tokens = new DelimitedTokenizer(reader);
                tokens.detectSeparator();
                Header header = readHeader(tokens);
                return Kinds.detect(header).orElseThrow(() -> unknownKind(header));
            }
        } catch (FatalProblem e) {
            problems.add(e.line(), null, 0, e.getMessage(), e.value());
        } catch (IOException e) {
            problems.addFileProblem(ioMessage(e));
        }
        throw problems.exception();
    }

    @Override
    public Optional<FileKind> recognise(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(RECOGNISE_BYTES);
        }
        int end = start.length;
        if (end == RECOGNISE_BYTES) {
            // Only whole lines, so a multi-byte character cut off at the end does not look like a wrong encoding.
            while (end > 0 && start[end - 1] != '\n') {
                end--;
            }
        }
        try {
            TextEncoding encoding = EncodingSniffer.sniff(new ByteArrayInputStream(start, 0, end));
            try (Reader reader = encoding.open(new ByteArrayInputStream(start, 0, end))) {
                DelimitedTokenizer tokens = new DelimitedTokenizer(reader);
                tokens.detectSeparator();
                return Kinds.detect(readHeader(tokens));
            }
        } catch (FatalProblem notText) {
            return Optional.empty();
        }
    }

    @Override
    public ImportResult read(Path file, ImportOptions options) throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try {
            long size = Files.size(file);
            if (size > options.maxBytesInMemory()) {
                throw new ImportException(new ImportProblem(fileName(file), 0, null, 0, String.format(DUTCH,
                        "het bestand is %.1f MB; in één keer inlezen kan tot %.1f MB. Gebruik de stroomsgewijze"
                                + " import of splits het bestand", megabytes(size),
                        megabytes(options.maxBytesInMemory())), null));
            }
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(fileName(file), 0, null, 0, ioMessage(e), null));
        }
        List<DuoRecord> records = new ArrayList<>();
        ImportSummary summary = stream(file, options, records::add);
        return new ImportResult(summary, records);
    }

    @Override
    public ImportSummary stream(Path file, ImportOptions options, Consumer<? super DuoRecord> sink)
            throws ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        String name = fileName(file);
        Problems problems = new Problems(name, options.maxProblems());
        Header header = null;
        try {
            TextEncoding encoding = EncodingSniffer.sniff(file);
            try (Reader reader = encoding.open(file)) {
                DelimitedTokenizer tokens = new DelimitedTokenizer(reader);
                char separator = tokens.detectSeparator();
                header = readHeader(tokens);
                Header found = header;
                FileKind kind = options.kind() != null ? options.kind()
                        : Kinds.detect(header).orElseThrow(() -> unknownKind(found));
                RowMapper mapper = mapper(kind, header, options, name, problems);
                if (problems.any()) {
                    throw problems.exception();
                }
                Delivery delivery = new Delivery(sink, problems);
                long rows = readRows(tokens, header, mapper, delivery, problems);
                if (rows == 0 && !problems.any()) {
                    problems.addFileProblem("het bestand heeft een kopregel maar geen gegevens");
                }
                if (!problems.any()) {
                    return new ImportSummary(name, kind, encoding.label(), separator, delivery.peildatum(), rows,
                            delivery.count);
                }
            }
        } catch (FatalProblem e) {
            int index = e.fieldIndex();
            String column = header != null && index >= 0 && index < header.size() ? header.name(index) : null;
            problems.add(e.line(), column, column == null ? 0 : index + 1, e.getMessage(), e.value());
        } catch (IOException e) {
            problems.addFileProblem(ioMessage(e));
        }
        throw problems.exception();
    }

    private static long readRows(DelimitedTokenizer tokens, Header header, RowMapper mapper, Delivery out,
            Problems problems) throws IOException, FatalProblem {
        Row row = new Row(header, problems);
        long rows = 0;
        while (!problems.full() && tokens.next()) {
            List<String> fields = tokens.fields();
            if (isBlank(fields)) {
                continue;
            }
            rows++;
            row.set(tokens.recordLine(), fields);
            if (fields.size() != header.size() && !onlyEmptyBeyond(fields, header.size())) {
                row.rowProblem("de regel heeft " + fields.size() + " velden, de kopregel " + header.size()
                        + (fields.size() > header.size()
                                ? " (staat er een scheidingsteken in een veld zonder aanhalingstekens?)"
                                : " (ontbreken er velden, of is de regel afgebroken?)"));
                continue;
            }
            mapper.map(row, out);
        }
        if (!problems.full()) {
            mapper.finish(out);
        }
        return rows;
    }

    private static RowMapper mapper(FileKind kind, Header header, ImportOptions options, String name,
            Problems problems) {
        for (Column column : Kinds.required(kind)) {
            if (!header.has(column)) {
                problems.add(1, column.label(), 0, "verplichte kolom ontbreekt voor een bestand met " + kind.label()
                        + " (herkende spellingen: " + String.join(", ", column.aliases()) + "). De kopregel heeft: "
                        + header.describe(), null);
            }
        }
        if (kind == FileKind.VESTIGINGEN_PO || kind == FileKind.VESTIGINGEN_VO) {
            return new VestigingMapper(kind);
        }
        PeildatumRule peildatum = PeildatumRule.of(options.peildatum(), header, name).orElse(null);
        if (peildatum == null) {
            problems.add(0, Column.PEILDATUM.label(), 0, "peildatum onbekend: het bestand heeft geen kolom PEILDATUM"
                    + " en de naam bevat geen (eenduidig) jaartal of schooljaar; geef de peildatum op"
                    + " (--peildatum 2019-10-01)", null);
        }
        if (kind == FileKind.LEERLINGEN_PO) {
            return new PoTellingMapper(peildatum);
        }
        var countColumns = VoTellingMapper.countColumns(header);
        if (countColumns.isEmpty()) {
            problems.add(1, "LEER- OF VERBLIJFSJAAR 1 - MAN", 0, "geen kolommen met aantallen per leerjaar"
                    + " (zoals LEER- OF VERBLIJFSJAAR 1 - MAN). De kopregel heeft: " + header.describe(), null);
        }
        return new VoTellingMapper(peildatum, countColumns);
    }

    private static Header readHeader(DelimitedTokenizer tokens) throws IOException, FatalProblem {
        if (!tokens.next()) {
            throw new FatalProblem(0, -1, "het bestand is leeg", null);
        }
        Header header = new Header(tokens.fields());
        if (header.isBlank()) {
            throw new FatalProblem(1, -1, "de eerste regel is leeg; verwacht een kopregel met kolomnamen", null);
        }
        return header;
    }

    private static FatalProblem unknownKind(Header header) {
        return new FatalProblem(1, -1, "onbekend soort bestand: de kopregel past bij geen van de bekende DUO-bestanden"
                + " (vestigingen po, vestigingen vo, leerlingen po, leerlingen vo). Geef de soort op met --kind als"
                + " het er toch een is. De kopregel heeft: " + header.describe(), null);
    }

    private static boolean isBlank(List<String> fields) {
        for (String field : fields) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A row longer than the header only because of trailing empty fields (a trailing separator). */
    private static boolean onlyEmptyBeyond(List<String> fields, int size) {
        if (fields.size() < size) {
            return false;
        }
        for (int i = size; i < fields.size(); i++) {
            if (!fields.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String ioMessage(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "het bestand bestaat niet";
        }
        return "het bestand kan niet gelezen worden: " + e.getMessage();
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Hands records to the caller's sink until the first problem, and notes the peildatum. */
    private static final class Delivery implements Consumer<DuoRecord> {
        private final Consumer<? super DuoRecord> sink;
        private final Problems problems;
        private long count;
        private LocalDate peildatum;
        private boolean mixed;

        Delivery(Consumer<? super DuoRecord> sink, Problems problems) {
            this.sink = sink;
            this.problems = problems;
        }

        @Override
        public void accept(DuoRecord record) {
            if (problems.any()) {
                return;
            }
            if (record instanceof LeerlingtellingRecord telling) {
                if (peildatum == null) {
                    peildatum = telling.peildatum();
                } else if (!peildatum.equals(telling.peildatum())) {
                    mixed = true;
                }
            }
            sink.accept(record);
            count++;
        }

        LocalDate peildatum() {
            return mixed ? null : peildatum;
        }
    }
}
