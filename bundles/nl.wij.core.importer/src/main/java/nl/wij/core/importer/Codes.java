package nl.wij.core.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalisation of the codes and numbers DUO writes in several forms. Every method takes the raw field
 * (surrounding spaces allowed) and either returns the one canonical form or throws an
 * {@link IllegalArgumentException} whose message is Dutch and fit for an {@link ImportProblem}.
 */
public final class Codes {

    /**
     * BRIN (instellingscode): two digits and two letters. Every BRIN in the five 2019 DUO files has this
     * form ({@code 00AO}, {@code 16AH}, {@code 31FU}); nothing else is accepted.
     */
    public static final Pattern BRIN4 = Pattern.compile("[0-9]{2}[A-Z]{2}");
    /** BRIN6 (vestigingscode): BRIN plus a two-digit vestigingsnummer, {@code 16AH00}. */
    public static final Pattern BRIN6 = Pattern.compile("[0-9]{2}[A-Z]{2}[0-9]{2}");

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(?:[.,][0-9]+)?");
    private static final Pattern DECIMAL_GROUPED = Pattern.compile("-?[0-9]{1,3}(?:\\.[0-9]{3})+,[0-9]+");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9])");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern DATE_COMPACT = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    private static final Pattern DATE_DUTCH = Pattern.compile("([0-9]{1,2})[-/]([0-9]{1,2})[-/]([0-9]{4})");

    private Codes() {
    }

    /**
     * CBS gemeentecode: {@code GM} plus four digits, from {@code 0114}, {@code 114}, {@code GM0114} or
     * {@code gm114}. DUO pads the number in the vestigingen files and does not in the count files.
     */
    public static String gemeenteCode(String raw) {
        String text = clean(raw);
        int start = 0;
        if (text.length() >= 2 && (text.charAt(0) == 'G' || text.charAt(0) == 'g')
                && (text.charAt(1) == 'M' || text.charAt(1) == 'm')) {
            start = 2;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        int digits = text.length() - start;
        if (digits < 1 || digits > 4 || !allDigits(text, start, text.length())) {
            throw new IllegalArgumentException("geen gemeentecode (verwacht 1 tot 4 cijfers, eventueel met GM ervoor)");
        }
        int number = Integer.parseInt(text, start, text.length(), 10);
        if (number == 0) {
            throw new IllegalArgumentException("geen gemeentecode (0 bestaat niet)");
        }
        return "GM" + "000".substring(0, 4 - digits) + text.substring(start);
    }

    /** Whether the text is a BRIN (case and surrounding spaces ignored). */
    public static boolean isBrin4(String raw) {
        return raw != null && isBrin4Upper(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** The BRIN in upper case; {@code 16ah} becomes {@code 16AH}. */
    public static String brin4(String raw) {
        String text = clean(raw).toUpperCase(Locale.ROOT);
        if (!isBrin4Upper(text)) {
            throw new IllegalArgumentException("geen BRIN-nummer (verwacht 2 cijfers en 2 letters, zoals 16AH)");
        }
        return text;
    }

    /**
     * The BRIN6 of a vestiging. {@code vestigingscode} is either the full code ({@code 16AH00}, as in the
     * vestigingen files and the new portal's {@code VESTIGINGSCODE}) or only the vestigingsnummer
     * ({@code 00}, or {@code 0} after a spreadsheet dropped the zero), which is then added to
     * {@code brin4}. A full code must agree with {@code brin4} when both are given.
     *
     * @param brin4 the BRIN, or {@code null} when the file has none (then the code must be full)
     */
    public static String brin6(String brin4, String vestigingscode) {
        String code = clean(vestigingscode).toUpperCase(Locale.ROOT);
        String brin = brin4 == null || brin4.isBlank() ? null : brin4(brin4);
        if (code.length() == 6 && isBrin4Upper(code.substring(0, 4)) && allDigits(code, 4, 6)) {
            if (brin != null && !code.startsWith(brin)) {
                throw new IllegalArgumentException("vestigingscode " + code + " hoort niet bij BRIN " + brin);
            }
            return code;
        }
        if ((code.length() == 1 || code.length() == 2) && allDigits(code, 0, code.length())) {
            if (brin == null) {
                throw new IllegalArgumentException("vestigingsnummer zonder BRIN-nummer: het bestand heeft geen kolom"
                        + " met het BRIN-nummer, dus de vestigingscode moet volledig zijn (zoals 16AH00)");
            }
            return brin + (code.length() == 1 ? "0" + code : code);
        }
        throw new IllegalArgumentException("geen vestigingscode (verwacht 16AH00 of een vestigingsnummer als 00)");
    }

    /** A Dutch postcode as {@code 1234 AB} ({@code 1234ab}, {@code 1234  AB}); anything else is returned trimmed. */
    public static String postcode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().toUpperCase(Locale.ROOT);
        String compact = text.replace(" ", "");
        if (compact.length() == 6 && compact.charAt(0) != '0' && allDigits(compact, 0, 4)
                && isUpperLetter(compact.charAt(4)) && isUpperLetter(compact.charAt(5))) {
            return compact.substring(0, 4) + ' ' + compact.substring(4);
        }
        return raw.strip();
    }

    /**
     * A region code: all-digit codes lose leading zeros beyond two digits ({@code 8}, {@code 08} and
     * {@code 008} all become {@code 08}, DUO's form); other codes are upper-cased.
     *
     * @return {@code null} for a blank field
     */
    public static String regioCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().toUpperCase(Locale.ROOT);
        if (allDigits(text, 0, text.length())) {
            int start = 0;
            while (start < text.length() - 2 && text.charAt(start) == '0') {
                start++;
            }
            String digits = text.substring(start);
            return digits.length() < 2 ? "0" + digits : digits;
        }
        return text;
    }

    /**
     * A pupil count: a whole number, or DUO's {@code <5} (any {@code <n}) for a suppressed small count,
     * which becomes {@link Aantal#suppressed()}, never 0 or 5.
     */
    public static Aantal aantal(String raw) {
        String text = clean(raw);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("aantal ontbreekt");
        }
        if (text.charAt(0) == '<') {
            String bound = text.substring(1).strip();
            if (allDigits(bound, 0, bound.length())) {
                return Aantal.suppressed();
            }
        }
        if (!allDigits(text, 0, text.length())) {
            throw new IllegalArgumentException("geen aantal (verwacht een geheel getal of <5)");
        }
        if (text.length() > 9) {
            throw new IllegalArgumentException("aantal is onwaarschijnlijk groot");
        }
        return Aantal.of(Integer.parseInt(text));
    }

    /**
     * A decimal number with a decimal comma ({@code 1234,5}, DUO's form) or point ({@code 1234.5}); with
     * both, the points group thousands ({@code 1.234,5}). A lone point is a decimal point, so
     * {@code 1.234} is one and a bit, not a thousand.
     */
    public static BigDecimal decimaal(String raw) {
        String text = clean(raw);
        if (DECIMAL_GROUPED.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", "").replace(',', '.'));
        }
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text.replace(',', '.'));
        }
        throw new IllegalArgumentException("geen getal (verwacht bijvoorbeeld 1234,5)");
    }

    /** A date written {@code 20191001}, {@code 2019-10-01} or {@code 1-10-2019}. */
    public static LocalDate datum(String raw) {
        String text = clean(raw);
        try {
            Matcher m = DATE_COMPACT.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = ISO_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DATE_DUTCH.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("geen bestaande datum");
        }
        throw new IllegalArgumentException("geen datum (verwacht 20191001, 2019-10-01 of 1-10-2019)");
    }

    /**
     * The peildatum a file name or dataset title implies: DUO counts on 1 October, so a year {@code Y}
     * ({@code ...-2019.csv}) or a school year {@code Y-Y+1} ({@code ...-2019-2020.csv}) gives 1 October
     * {@code Y}; a full date in the name ({@code 2019-10-01} or {@code 20191001}) is taken as it is.
     *
     * @return empty when the text has no year, or years that do not form one school year
     */
    public static Optional<LocalDate> peildatumUitNaam(String nameOrTitle) {
        if (nameOrTitle == null) {
            return Optional.empty();
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        Matcher iso = ISO_DATE.matcher(nameOrTitle);
        while (iso.find()) {
            validDate(iso.group(1), iso.group(2), iso.group(3)).ifPresent(dates::add);
        }
        String rest = ISO_DATE.matcher(nameOrTitle).replaceAll(" ");
        Matcher digits = DIGITS.matcher(rest);
        while (digits.find()) {
            String run = digits.group();
            if (run.length() == 4 && isYear(run)) {
                years.add(Integer.parseInt(run));
            } else if (run.length() == 8) {
                Optional<LocalDate> date = validDate(run.substring(0, 4), run.substring(4, 6), run.substring(6));
                if (date.isPresent() && isYear(run.substring(0, 4))) {
                    dates.add(date.get());
                } else if (isYear(run.substring(0, 4)) && isYear(run.substring(4))) {
                    years.add(Integer.parseInt(run.substring(0, 4)));
                    years.add(Integer.parseInt(run.substring(4)));
                }
            }
        }
        if (!dates.isEmpty()) {
            return dates.size() == 1 ? Optional.of(dates.first()) : Optional.empty();
        }
        if (years.size() == 1 || years.size() == 2 && years.last() == years.first() + 1) {
            return Optional.of(LocalDate.of(years.first(), Month.OCTOBER, 1));
        }
        return Optional.empty();
    }

    /**
     * The peildatum for a file: the override when given (it always wins), else the one implied by the
     * name. Never today's date.
     *
     * @throws IllegalArgumentException when there is no override and the name implies no date
     */
    public static LocalDate peildatum(LocalDate override, String nameOrTitle) {
        if (override != null) {
            return override;
        }
        return peildatumUitNaam(nameOrTitle).orElseThrow(() -> new IllegalArgumentException(
                "peildatum onbekend: de naam '" + nameOrTitle + "' bevat geen (eenduidig) jaartal of schooljaar;"
                        + " geef de peildatum op (--peildatum 2019-10-01)"));
    }

    /**
     * The soort of a po count: {@code bo}, {@code sbo}, {@code so} or {@code vso}, from DUO's
     * {@code Bo/Sbo/So/Vso} or the written-out names.
     */
    public static String soortPo(String raw) {
        String text = clean(raw).toLowerCase(Locale.ROOT);
        if (text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0) {
            text = text.replaceAll("\\s+", " ");
        }
        return switch (text) {
            case "bo", "basisonderwijs", "regulier basisonderwijs" -> "bo";
            case "sbo", "speciaal basisonderwijs" -> "sbo";
            case "so", "speciaal onderwijs" -> "so";
            case "vso", "voortgezet speciaal onderwijs" -> "vso";
            default -> throw new IllegalArgumentException("onbekende soort po (verwacht Bo, Sbo, So of Vso)");
        };
    }

    private static boolean isBrin4Upper(String text) {
        return text.length() == 4 && allDigits(text, 0, 2) && isUpperLetter(text.charAt(2)) && isUpperLetter(text.charAt(3));
    }

    private static boolean isUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Whether {@code text[from, to)} is non-empty and only ASCII digits. */
    private static boolean allDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(String digits) {
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2099;
    }

    private static Optional<LocalDate> validDate(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }
}
