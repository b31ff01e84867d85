package nl.wij.core.model.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * Calendar days in the model.
 * <p>
 * Every date of the model (peildatum, begin, eind, opgeheven, ...) is an {@code EDate}, a
 * {@link Date}, that stands for a whole calendar day: the start of that day in the JVM's default
 * time zone, which is also how {@code java.sql.Date} and JDBC {@code DATE} columns read and write
 * days. Convert with these two methods and a day survives every round trip.
 */
public final class Datums {

    private Datums() {
    }

    /** The model's date for a calendar day, or {@code null} for {@code null}. */
    public static Date datum(LocalDate dag) {
        return dag == null ? null : Date.from(dag.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** The calendar day of a model date, or {@code null} for {@code null}. */
    public static LocalDate dag(Date datum) {
        return datum == null ? null : datum.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
