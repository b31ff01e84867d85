package nl.wij.goab.imports.impl;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wij.core.importer.ImportProblem;

/**
 * Reads the CBS publication "Achterstandsscores basisscholen" (onderwijsachterstandenindicator): the
 * table of scores per basisschool vestiging. The sheet and its header are found by content, not by
 * position, so later years of the same publication read too: the first sheet (the one named
 * {@code Tabel 1} first) with, in one of its first {@value #KOP_ZOEKEN} rows, a header with a column
 * naming the BRIN vestiging, one naming the bekostigde leerlingen and one named Achterstandsscore
 * (not "zonder drempel"). The peildatum comes from the title above the header ("..., 1 oktober
 * 2019") unless the caller gives one. Data rows follow the header; empty rows are skipped; the table
 * ends at the first row without a vestigingscode and without numbers (the source and the footnotes).
 * A footnote mark {@code a} in the column right of the score (CBS: fewer than 40 pupils) marks the
 * score as unreliable. {@code .} or {@code x} as score means no score.
 */
final class Scoreblad {

    static final int KOP_ZOEKEN = 40;
    static final int MAX_PROBLEMEN = 50;
    private static final Pattern BRIN6 = Pattern.compile("[0-9]{2}[A-Z]{2}[0-9]{2}");
    private static final Pattern DATUM = Pattern.compile("(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus"
            + "|september|oktober|november|december)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final List<String> MAANDEN = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    private Scoreblad() {
    }

    /** One score row. {@code score} is {@code null} when the sheet gives none. */
    record Regel(long line, String brin6, Integer leerlingen, BigDecimal score, boolean onbetrouwbaar) {
    }

    /** What was read: the rows when there are no problems, else the problems (at most {@value #MAX_PROBLEMEN}). */
    record Lezing(String blad, LocalDate peildatum, List<Regel> regels, List<ImportProblem> problemen, boolean afgekapt) {
    }

    /** Where the table is. */
    private record Kop(String blad, int rij, int brin, int leerlingen, int score, String titel, Map<Integer, String> namen) {

        /** The header text of a column as the file spells it. */
        String naam(int kolom) {
            return namen.getOrDefault(kolom, Werkmap.letters(kolom));
        }
    }

    /** Whether the file looks like this publication: a sheet with the header, in the first rows. */
    static boolean herken(Path file) {
        try (Werkmap werkmap = Werkmap.open(file)) {
            return zoekKop(werkmap).isPresent();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads the whole table; {@code peildatum} overrides the title's date when not {@code null}. */
    static Lezing lees(Path file, LocalDate peildatum) {
        String name = file.getFileName().toString();
        List<ImportProblem> problemen = new ArrayList<>();
        try (Werkmap werkmap = Werkmap.open(file)) {
            Optional<Kop> gevonden = zoekKop(werkmap);
            if (gevonden.isEmpty()) {
                problemen.add(new ImportProblem(name, 0, null, 0, "Geen werkblad met de kopregel van de CBS-achterstandsscores"
                        + " gevonden: een regel met de kolommen School (BRIN vestiging), Aantal bekostigde leerlingen en"
                        + " Achterstandsscore in de eerste " + KOP_ZOEKEN + " regels van een werkblad (gezocht in: "
                        + String.join(", ", werkmap.bladen()) + ").", null));
                return new Lezing(null, peildatum, List.of(), problemen, false);
            }
            Kop kop = gevonden.get();
            LocalDate dag = peildatum != null ? peildatum : peildatum(kop.titel()).orElse(null);
            if (dag == null) {
                problemen.add(new ImportProblem(name, 0, null, 0, "De peildatum staat niet in de titel van werkblad '"
                        + kop.blad() + "' (zoals '1 oktober 2019'); geef hem op bij het inlezen.", kop.titel()));
            }
            List<Regel> regels = new ArrayList<>();
            Map<String, Long> gezien = new HashMap<>();
            boolean[] afgekapt = {false};
            werkmap.lees(kop.blad(), rij -> {
                if (rij.nummer() <= kop.rij()) {
                    return true;
                }
                if (problemen.size() >= MAX_PROBLEMEN) {
                    afgekapt[0] = true;
                    return false;
                }
                return regel(name, kop, rij, regels, gezien, problemen);
            });
            if (regels.isEmpty() && problemen.isEmpty()) {
                problemen.add(new ImportProblem(name, kop.rij(), null, 0, "Onder de kopregel van werkblad '" + kop.blad()
                        + "' staan geen vestigingen.", null));
            }
            return new Lezing(kop.blad(), dag, problemen.isEmpty() ? regels : List.of(), problemen, afgekapt[0]);
        } catch (IOException e) {
            problemen.add(new ImportProblem(name, 0, null, 0, e.getMessage(), null));
            return new Lezing(null, peildatum, List.of(), problemen, false);
        } catch (RuntimeException e) {
            // A package that is a zip with XML but not a well-formed workbook (a row number that is no number, ...).
            problemen.add(new ImportProblem(name, 0, null, 0, name + " is geen leesbare Excel-werkmap ("
                    + e.getClass().getSimpleName() + ").", null));
            return new Lezing(null, peildatum, List.of(), problemen, false);
        }
    }

    /** Handles one row after the header; false ends the table. */
    private static boolean regel(String name, Kop kop, Werkmap.Rij rij, List<Regel> regels, Map<String, Long> gezien,
            List<ImportProblem> problemen) {
        String code = rij.cel(kop.brin());
        String leerlingen = rij.cel(kop.leerlingen());
        String score = rij.cel(kop.score());
        if (code == null && leerlingen == null && score == null) {
            return true;
        }
        String brin6 = code == null ? null : code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (brin6 != null && !BRIN6.matcher(brin6).matches()) {
            if (leerlingen == null && score == null) {
                return false; // the source line and the footnotes under the table
            }
            problemen.add(probleem(name, rij, kop, kop.brin(), "Dit is geen vestigingscode (BRIN6):"
                    + " twee cijfers, twee letters en twee cijfers, zoals 16AH00.", code));
            return true;
        }
        if (brin6 == null) {
            problemen.add(probleem(name, rij, kop, kop.brin(), "De vestigingscode ontbreekt.", null));
            return true;
        }
        Long eerder = gezien.putIfAbsent(brin6, (long) rij.nummer());
        if (eerder != null) {
            problemen.add(probleem(name, rij, kop, kop.brin(), "Vestiging " + brin6
                    + " staat ook al op regel " + eerder + ".", code));
            return true;
        }
        Integer aantal = aantal(name, rij, kop, leerlingen, problemen);
        BigDecimal waarde = score(name, rij, kop, score, problemen);
        String opmerking = rij.cel(kop.score() + 1);
        boolean onbetrouwbaar = opmerking != null && List.of(opmerking.toLowerCase(Locale.ROOT).split("[,;\\s]+")).contains("a");
        regels.add(new Regel(rij.nummer(), brin6, aantal, waarde, onbetrouwbaar));
        return true;
    }

    private static Integer aantal(String name, Werkmap.Rij rij, Kop kop, String tekst, List<ImportProblem> problemen) {
        if (tekst == null) {
            problemen.add(probleem(name, rij, kop, kop.leerlingen(), "Het aantal bekostigde leerlingen ontbreekt.", null));
            return null;
        }
        try {
            BigDecimal waarde = new BigDecimal(tekst.replace(',', '.'));
            if (waarde.signum() < 0 || waarde.stripTrailingZeros().scale() > 0 || waarde.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                problemen.add(probleem(name, rij, kop, kop.leerlingen(), "Het aantal leerlingen moet een geheel getal"
                        + " tussen 0 en 100.000 zijn.", tekst));
                return null;
            }
            return waarde.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problemen.add(probleem(name, rij, kop, kop.leerlingen(), "Dit is geen aantal.", tekst));
            return null;
        }
    }

    private static BigDecimal score(String name, Werkmap.Rij rij, Kop kop, String tekst, List<ImportProblem> problemen) {
        if (tekst == null || tekst.equals(".") || tekst.equalsIgnoreCase("x")) {
            return null;
        }
        try {
            BigDecimal waarde = new BigDecimal(tekst.replace(',', '.'));
            if (waarde.signum() < 0 || waarde.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                problemen.add(probleem(name, rij, kop, kop.score(), "De achterstandsscore moet tussen 0 en"
                        + " 1.000.000 liggen.", tekst));
                return null;
            }
            return waarde.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            problemen.add(probleem(name, rij, kop, kop.score(), "Dit is geen getal.", tekst));
            return null;
        }
    }

    /** A problem in a cell: the column by its header text and number, the cell by its Excel name in the message. */
    private static ImportProblem probleem(String name, Werkmap.Rij rij, Kop kop, int kolom, String bericht, String waarde) {
        return new ImportProblem(name, rij.nummer(), kop.naam(kolom), kolom + 1,
                "Cel " + Werkmap.letters(kolom) + rij.nummer() + ": " + bericht, waarde);
    }

    private static Optional<Kop> zoekKop(Werkmap werkmap) throws IOException {
        List<String> bladen = new ArrayList<>(werkmap.bladen());
        bladen.sort((a, b) -> Boolean.compare(!a.equalsIgnoreCase("Tabel 1"), !b.equalsIgnoreCase("Tabel 1")));
        for (String blad : bladen) {
            List<Kop> gevonden = new ArrayList<>();
            StringBuilder titel = new StringBuilder();
            werkmap.lees(blad, rij -> {
                if (rij.nummer() > KOP_ZOEKEN) {
                    return false;
                }
                int brin = -1;
                int leerlingen = -1;
                int score = -1;
                for (Map.Entry<Integer, String> cel : rij.cellen().entrySet()) {
                    String tekst = cel.getValue().toLowerCase(Locale.ROOT);
                    if (tekst.contains("brin")) {
                        brin = cel.getKey();
                    } else if (tekst.contains("leerlingen")) {
                        leerlingen = cel.getKey();
                    } else if (tekst.contains("achterstandsscore") && !tekst.contains("zonder drempel")) {
                        score = cel.getKey();
                    }
                }
                if (brin >= 0 && leerlingen >= 0 && score >= 0) {
                    gevonden.add(new Kop(blad, rij.nummer(), brin, leerlingen, score, titel.toString().strip(), rij.cellen()));
                    return false;
                }
                rij.cellen().values().forEach(tekst -> titel.append(tekst).append(' '));
                return true;
            });
            if (!gevonden.isEmpty()) {
                return Optional.of(gevonden.get(0));
            }
        }
        return Optional.empty();
    }

    /** The first Dutch date in the text, e.g. "1 oktober 2019". */
    static Optional<LocalDate> peildatum(String titel) {
        Matcher m = DATUM.matcher(titel == null ? "" : titel);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)),
                    MAANDEN.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
