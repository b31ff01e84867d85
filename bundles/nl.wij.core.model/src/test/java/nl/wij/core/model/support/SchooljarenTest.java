package nl.wij.core.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

class SchooljarenTest {

    @Test
    void schoolYearRunsFromAugustFirstToJulyThirtyFirst() {
        assertEquals("2019-2020", Schooljaren.code(2019));
        assertEquals(LocalDate.of(2019, 8, 1), Schooljaren.eersteDag(2019));
        assertEquals(LocalDate.of(2020, 7, 31), Schooljaren.laatsteDag(2019));
        assertEquals(2019, Schooljaren.beginjaar(LocalDate.of(2019, 8, 1)));
        assertEquals(2019, Schooljaren.beginjaar(LocalDate.of(2019, 10, 1)));
        assertEquals(2019, Schooljaren.beginjaar(LocalDate.of(2020, 7, 31)));
        assertEquals(2020, Schooljaren.beginjaar(LocalDate.of(2020, 8, 1)));
    }

    @Test
    void codeIsParsedAndChecked() {
        assertEquals(2019, Schooljaren.beginjaar("2019-2020"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Schooljaren.beginjaar("2019-2021"));
        assertEquals("'2019-2021' is geen schooljaar; schrijf het als 2019-2020.", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schooljaren.beginjaar("2019/2020"));
        assertThrows(IllegalArgumentException.class, () -> Schooljaren.beginjaar((String) null));
    }

    @Test
    void daysSurviveTheModelDateInAnyZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"UTC", "Europe/Amsterdam", "Pacific/Kiritimati", "America/Los_Angeles"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                LocalDate day = LocalDate.of(2019, 10, 1);
                Date date = Datums.datum(day);
                assertEquals(day, Datums.dag(date), zone);
                assertEquals(java.sql.Date.valueOf(day).getTime(), date.getTime(), zone + ": the same instant JDBC uses");
            }
        } finally {
            TimeZone.setDefault(original);
        }
        assertEquals(null, Datums.datum(null));
        assertEquals(null, Datums.dag(null));
    }
}
