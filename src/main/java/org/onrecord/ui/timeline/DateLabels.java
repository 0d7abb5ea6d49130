package org.onrecord.ui.timeline;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Writes a date as precisely as it is known and no more: "3 Nov 2014", "Nov 2014", "Q4 2014",
 * "1990s", "≈ before 12 Mar 2015". The label is the main non-colour cue for precision.
 */
public final class DateLabels {
    /** Marks every date whose extent is not known; also drawn on the vague shape. */
    public static final String APPROX = "≈";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String describe(DateValue date) {
        if (date == null || date.from() == null && date.to() == null) {
            return date == null ? "undated" : "undated (" + date.value() + ")";
        }
        if (date.from() == null) {
            return APPROX + " before " + DAY.format(date.to());
        }
        if (date.to() == null) {
            return APPROX + " after " + DAY.format(date.from());
        }
        if (date.precision() == DatePrecision.VAGUE) {
            return APPROX + " " + range(DatePrecision.DAY, date.from(), date.to());
        }
        return range(date.precision(), date.from(), date.to());
    }

    private static String range(DatePrecision precision, LocalDate from, LocalDate to) {
        String start = format(precision, from);
        String end = format(precision, to);
        return start.equals(end) ? start : start + " – " + end;
    }

    private static String format(DatePrecision precision, LocalDate d) {
        return switch (precision) {
            case DAY, VAGUE -> DAY.format(d);
            case WEEK -> "week " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", " + d.get(IsoFields.WEEK_BASED_YEAR);
            case MONTH -> MONTH.format(d);
            case QUARTER -> "Q" + d.get(IsoFields.QUARTER_OF_YEAR) + " " + d.getYear();
            case YEAR -> Integer.toString(d.getYear());
            case DECADE -> (d.getYear() / 10 * 10) + "s";
        };
    }
}
