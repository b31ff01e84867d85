package nl.wij.core.demo.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts Zaanstad's rows out of the four real DUO files, byte for byte: the header line and every data
 * line as they are (same encoding, same line ends), only fewer lines.
 * <ul>
 *   <li>{@code alle-vestigingen-bo.csv}, {@code alle-vestigingen-vo.csv}: {@code GEMEENTENUMMER} is
 *       {@code 0479};</li>
 *   <li>{@code gemiddelde-afstand-...-2019-2020.csv}: {@code GEMEENTENUMMER} is {@code 479} (not padded
 *       in that file);</li>
 *   <li>{@code leerlingen-vo-...-2019.csv}: the file has no gemeente, so the rows whose vestiging
 *       ({@code BRIN NUMMER} + {@code VESTIGINGSNUMMER}) is one of Zaanstad's vo vestigingen.</li>
 * </ul>
 * Fields are found by splitting on {@code ;} after reading the bytes as ISO-8859-1 (one char per byte),
 * which these files allow (no quoted separators; checked per line).
 */
final class ZaanstadExtract {

    static final int ZAANSTAD = 479;
    static final String BO = "alle-vestigingen-bo.csv";
    static final String VO = "alle-vestigingen-vo.csv";
    static final String PO_COUNTS = "gemiddelde-afstand-tussen-woonadres-leerling-en-schoolvestiging-2019-2020.csv";
    static final String VO_COUNTS = "leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv";

    private ZaanstadExtract() {
    }

    /** The four extracts by file name, from the DUO files in {@code duo}. */
    static Map<String, byte[]> extract(Path duo) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BO, filter(duo.resolve(BO), "GEMEENTENUMMER", v -> isZaanstad(v)));
        byte[] vo = filter(duo.resolve(VO), "GEMEENTENUMMER", v -> isZaanstad(v));
        files.put(VO, vo);
        files.put(PO_COUNTS, filter(duo.resolve(PO_COUNTS), "GEMEENTENUMMER", v -> isZaanstad(v)));
        Set<String> voVestigingen = column(vo, "VESTIGINGSNUMMER");
        files.put(VO_COUNTS, filterRows(duo.resolve(VO_COUNTS), (header, fields) -> voVestigingen.contains(
                fields[index(header, "BRIN NUMMER")].strip() + pad(fields[index(header, "VESTIGINGSNUMMER")].strip()))));
        return files;
    }

    /** Writes the extracts into {@code target} (the bundle's {@code src/main/resources/demo}). */
    static void write(Path duo, Path target) throws IOException {
        Files.createDirectories(target);
        for (Map.Entry<String, byte[]> file : extract(duo).entrySet()) {
            Files.write(target.resolve(file.getKey()), file.getValue());
        }
    }

    private static boolean isZaanstad(String gemeentenummer) {
        String digits = gemeentenummer.strip();
        return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && Integer.parseInt(digits) == ZAANSTAD;
    }

    private static String pad(String nummer) {
        return nummer.length() == 1 ? "0" + nummer : nummer;
    }

    private interface RowTest {
        boolean keep(String[] header, String[] fields);
    }

    private interface ValueTest {
        boolean keep(String value);
    }

    private static byte[] filter(Path file, String column, ValueTest test) throws IOException {
        return filterRows(file, (header, fields) -> test.keep(fields[index(header, column)]));
    }

    private static byte[] filterRows(Path file, RowTest test) throws IOException {
        List<byte[]> lines = lines(Files.readAllBytes(file));
        String[] header = fields(lines.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(lines.get(0));
        for (byte[] line : lines.subList(1, lines.size())) {
            String[] fields = fields(line);
            if (fields.length == header.length && test.keep(header, fields)) {
                out.write(line);
            } else if (fields.length != header.length && !new String(line, StandardCharsets.ISO_8859_1).isBlank()) {
                throw new IOException(file + ": a line with " + fields.length + " fields, the header has " + header.length);
            }
        }
        return out.toByteArray();
    }

    private static Set<String> column(byte[] content, String name) {
        List<byte[]> lines = lines(content);
        String[] header = fields(lines.get(0));
        Set<String> values = new TreeSet<>();
        for (byte[] line : lines.subList(1, lines.size())) {
            values.add(fields(line)[index(header, name)].strip());
        }
        return values;
    }

    /** The lines with their line ends. */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static String[] fields(byte[] line) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        return text.replaceAll("[\r\n]+$", "").split(";", -1);
    }

    private static int index(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + Arrays.toString(header));
    }
}
