package nl.wij.core.model.support;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * School years: from 1 August up to and including 31 July, named by both calendar years
 * ({@code 2019-2020}), as the code of a {@code Schooljaar}.
 */
public final class Schooljaren {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");

    private Schooljaren() {
    }

    /** The code of the school year that starts in {@code beginjaar}, e.g. {@code 2019-2020} for 2019. */
    public static String code(int beginjaar) {
        return beginjaar + "-" + (beginjaar + 1);
    }

    /** The calendar year in which the school year holding {@code dag} starts. */
    public static int beginjaar(LocalDate dag) {
        return dag.getMonthValue() >= Month.AUGUST.getValue() ? dag.getYear() : dag.getYear() - 1;
    }

    /**
     * The calendar year in which the school year with this code starts.
     *
     * @throws IllegalArgumentException when the code is not of the form {@code 2019-2020}
     */
    public static int beginjaar(String code) {
        Matcher matcher = code == null ? null : CODE.matcher(code.trim());
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new IllegalArgumentException("'" + code + "' is geen schooljaar; schrijf het als 2019-2020.");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** 1 August of {@code beginjaar}: the first day of the school year. */
    public static LocalDate eersteDag(int beginjaar) {
        return LocalDate.of(beginjaar, Month.AUGUST, 1);
    }

    /** 31 July of the year after {@code beginjaar}: the last day of the school year. */
    public static LocalDate laatsteDag(int beginjaar) {
        return LocalDate.of(beginjaar + 1, Month.JULY, 31);
    }
}
