package nl.wij.ihp.imports.impl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wij.core.importer.ImportProblem;

/**
 * Reads a pupil forecast file: DUO's po forecast ({@code INSTELLINGSCODE,VESTIGINGSCODE,TYPE_PO,JAAR,
 * PROGNOSEAANTALLEN}) or the gemeente's own ({@code BRIN6;JAAR;LEERLINGEN} with optional
 * {@code ONDERWIJSTYPE} and {@code OPGESTELD}). Comma or semicolon (from the header), UTF-8 with or
 * without BOM (else Windows-1252, as Excel saves), quoted fields, header spellings compared without
 * case, spaces, underscores and hyphens. The vestigingscode is a two-digit suffix ({@code 0},
 * {@code 00}) or the whole BRIN6. Every problem names file, line and column; reading goes on to
 * find them all (up to {@value #MAX_PROBLEMEN}).
 */
final class Prognosebestand {

    static final int MAX_PROBLEMEN = 100;
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Pattern BRIN4 = Pattern.compile("[0-9]{2}[A-Z]{2}");
    private static final Pattern BRIN6 = Pattern.compile("[0-9]{2}[A-Z]{2}[0-9]{2}");

    /** The two kinds of forecast file, with their import kind ids. */
    enum Soort {
        DUO("ihp-prognose-duo"), GEMEENTE("ihp-prognose-gemeente");

        final String id;

        Soort(String id) {
            this.id = id;
        }
    }

    /** The logical columns and the header spellings accepted for them (normalised). */
    private enum Kolom {
        INSTELLING("INSTELLINGSCODE", "BRINNUMMER", "BRIN", "BRINCODE"),
        VESTIGING("VESTIGINGSCODE", "VESTIGINGSNUMMER", "VESTIGING"),
        TYPE_PO("TYPEPO", "SOORTPO"),
        JAAR("JAAR", "PROGNOSEJAAR", "TELJAAR"),
        PROGNOSE("PROGNOSEAANTALLEN", "PROGNOSEAANTAL", "PROGNOSE"),
        BRIN6("BRIN6", "VESTIGINGBRIN6"),
        LEERLINGEN("LEERLINGEN", "AANTAL", "AANTALLEERLINGEN"),
        ONDERWIJSTYPE("ONDERWIJSTYPE", "TYPE"),
        OPGESTELD("OPGESTELD", "PROGNOSEOPGESTELD");

        final List<String> namen;

        Kolom(String... namen) {
            this.namen = List.of(namen);
        }
    }

    /** One forecast line: the vestiging, year, pupils and (optionally) type and year of drawing up. */
    record Regel(long regel, String brin6, int jaar, int aantal, String type, Integer opgesteld) {
    }

    /** What a file held: its lines, or the problems that refuse it. */
    record Gelezen(Soort soort, String encoding, long regels, List<Regel> prognoses, List<ImportProblem> problemen, boolean afgebroken) {
    }

    private Prognosebestand() {
    }

    /** The kind of the file from its first line, or empty when it is not a forecast file. */
    static Optional<Soort> herken(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(4096);
        }
        String text = decode(start, true).text;
        int end = text.indexOf('\n');
        Map<Kolom, Integer> header = header(split(stripBom(end < 0 ? text : text.substring(0, end)).replace("\r", ""), separator(text)));
        return soort(header);
    }

    /** Reads the whole file as {@code soort}; {@code naam} is the file name for the problems. */
    static Gelezen lees(Path file, Soort soort, String naam) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return refused(soort, naam, "Het bestand is groter dan 50 MB; een prognosebestand is veel kleiner. Is dit het goede bestand?");
        }
        Decoded decoded = decode(Files.readAllBytes(file), false);
        List<String> lines = List.of(stripBom(decoded.text).split("\r?\n", -1));
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return refused(soort, naam, "Het bestand is leeg.");
        }
        char separator = separator(lines.get(0));
        List<String> kolommen = split(lines.get(0), separator);
        Map<Kolom, Integer> header = header(kolommen);
        List<Kolom> nodig = soort == Soort.DUO ? List.of(Kolom.INSTELLING, Kolom.VESTIGING, Kolom.JAAR, Kolom.PROGNOSE)
                : List.of(Kolom.BRIN6, Kolom.JAAR, Kolom.LEERLINGEN);
        List<ImportProblem> problemen = new ArrayList<>();
        for (Kolom kolom : nodig) {
            if (!header.containsKey(kolom)) {
                problemen.add(new ImportProblem(naam, 1, kolom.namen.get(0), 0, "Kolom " + kolom.namen.get(0) + " ontbreekt in de kopregel"
                        + " (verwacht voor " + (soort == Soort.DUO ? "de prognose van DUO" : "een eigen prognose van de gemeente") + ").",
                        lines.get(0)));
            }
        }
        if (!problemen.isEmpty()) {
            return new Gelezen(soort, decoded.encoding, 0, List.of(), problemen, false);
        }
        List<Regel> regels = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        long data = 0;
        for (int i = 1; i < lines.size() && problemen.size() < MAX_PROBLEMEN; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            data++;
            long nummer = i + 1L;
            List<String> velden = split(line, separator);
            if (velden.size() != kolommen.size()) {
                problemen.add(new ImportProblem(naam, nummer, null, 0, "De regel heeft " + velden.size() + " velden, de kopregel "
                        + kolommen.size() + ".", line));
                continue;
            }
            Veldlezer lezer = new Veldlezer(naam, nummer, kolommen, header, velden, problemen);
            String brin6 = soort == Soort.DUO ? lezer.brin6Duo() : lezer.brin6();
            Integer jaar = lezer.geheel(Kolom.JAAR, 1900, 2200);
            Integer aantal = lezer.geheel(soort == Soort.DUO ? Kolom.PROGNOSE : Kolom.LEERLINGEN, 0, 100_000);
            String type = lezer.tekst(soort == Soort.DUO ? Kolom.TYPE_PO : Kolom.ONDERWIJSTYPE);
            Integer opgesteld = header.containsKey(Kolom.OPGESTELD) && !lezer.tekst(Kolom.OPGESTELD, "").isEmpty()
                    ? lezer.geheel(Kolom.OPGESTELD, 1900, 2200) : null;
            if (brin6 == null || jaar == null || aantal == null) {
                continue;
            }
            if (!gezien.add(brin6 + "|" + jaar + "|" + (type == null ? "" : type))) {
                problemen.add(new ImportProblem(naam, nummer, null, 0, "Vestiging " + brin6 + " heeft voor " + jaar
                        + (type == null ? "" : " en type " + type) + " al een eerdere regel.", line));
                continue;
            }
            regels.add(new Regel(nummer, brin6, jaar, aantal, type, opgesteld));
        }
        if (data == 0 && problemen.isEmpty()) {
            problemen.add(new ImportProblem(naam, 0, null, 0, "Het bestand heeft alleen een kopregel en geen prognoses.", null));
        }
        return new Gelezen(soort, decoded.encoding, data, problemen.isEmpty() ? regels : List.of(), problemen,
                problemen.size() >= MAX_PROBLEMEN);
    }

    private static Gelezen refused(Soort soort, String naam, String melding) {
        return new Gelezen(soort, null, 0, List.of(), List.of(new ImportProblem(naam, 0, null, 0, melding, null)), false);
    }

    /** Reads the fields of one line, adding a located problem for each one that does not fit. */
    private record Veldlezer(String naam, long regel, List<String> kolommen, Map<Kolom, Integer> header, List<String> velden,
            List<ImportProblem> problemen) {

        String tekst(Kolom kolom) {
            String value = tekst(kolom, null);
            return value == null || value.isEmpty() ? null : value;
        }

        String tekst(Kolom kolom, String geen) {
            Integer index = header.get(kolom);
            return index == null ? geen : velden.get(index).strip();
        }

        Integer geheel(Kolom kolom, int min, int max) {
            String value = tekst(kolom, "");
            try {
                int getal = Integer.parseInt(value);
                if (getal < min || getal > max) {
                    probleem(kolom, getal < 0 ? "Een negatief aantal kan niet." : "Het getal ligt niet tussen " + min + " en " + max + ".", value);
                    return null;
                }
                return getal;
            } catch (NumberFormatException e) {
                probleem(kolom, value.isEmpty() ? "Er staat geen waarde." : "Dit is geen geheel getal.", value);
                return null;
            }
        }

        String brin6Duo() {
            String instelling = tekst(Kolom.INSTELLING, "").toUpperCase(Locale.ROOT);
            String vestiging = tekst(Kolom.VESTIGING, "").toUpperCase(Locale.ROOT);
            if (BRIN6.matcher(vestiging).matches()) {
                if (!instelling.isEmpty() && !vestiging.startsWith(instelling)) {
                    probleem(Kolom.VESTIGING, "De vestigingscode hoort niet bij instelling " + instelling + ".", vestiging);
                    return null;
                }
                return vestiging;
            }
            if (!BRIN4.matcher(instelling).matches()) {
                probleem(Kolom.INSTELLING, "Een instellingscode (BRIN) is twee cijfers en twee letters, bijvoorbeeld 16AH.", instelling);
                return null;
            }
            if (!vestiging.matches("[0-9]{1,2}")) {
                probleem(Kolom.VESTIGING, "Een vestigingscode is een nummer van twee cijfers (00) of de hele BRIN6 (16AH00).", vestiging);
                return null;
            }
            return instelling + (vestiging.length() == 1 ? "0" : "") + vestiging;
        }

        String brin6() {
            String value = tekst(Kolom.BRIN6, "").toUpperCase(Locale.ROOT);
            if (!BRIN6.matcher(value).matches()) {
                probleem(Kolom.BRIN6, "Een vestigingscode (BRIN6) is twee cijfers, twee letters en twee cijfers, bijvoorbeeld 16AH00.", value);
                return null;
            }
            return value;
        }

        void probleem(Kolom kolom, String melding, String waarde) {
            int index = header.get(kolom);
            problemen.add(new ImportProblem(naam, regel, kolommen.get(index).strip(), index + 1, melding, waarde));
        }
    }

    private static Optional<Soort> soort(Map<Kolom, Integer> header) {
        if (header.containsKey(Kolom.INSTELLING) && header.containsKey(Kolom.VESTIGING) && header.containsKey(Kolom.PROGNOSE)) {
            return Optional.of(Soort.DUO);
        }
        if (header.containsKey(Kolom.BRIN6) && header.containsKey(Kolom.JAAR) && header.containsKey(Kolom.LEERLINGEN)) {
            return Optional.of(Soort.GEMEENTE);
        }
        return Optional.empty();
    }

    private static Map<Kolom, Integer> header(List<String> namen) {
        Map<Kolom, Integer> header = new HashMap<>();
        for (int i = 0; i < namen.size(); i++) {
            String naam = namen.get(i).toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
            for (Kolom kolom : Kolom.values()) {
                if (kolom.namen.contains(naam)) {
                    header.putIfAbsent(kolom, i);
                }
            }
        }
        return header;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** The fields of a line; double quotes enclose a field, a doubled quote inside is one quote. */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private record Decoded(String text, String encoding) {
    }

    /** UTF-8 (with BOM noted) when the bytes are valid UTF-8, else Windows-1252. */
    private static Decoded decode(byte[] bytes, boolean partial) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, bom ? "UTF-8 (BOM)" : "UTF-8");
        } catch (CharacterCodingException e) {
            if (partial) {
                // the 4 kB sample may end inside a character
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
            }
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252");
        }
    }
}
