package org.onrecord.report;

import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a report reader reads them, saying how precise they are. */
public final class DateLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String of(DateValue d) {
        return switch (d.precision()) {
            case DAY -> d.from() != null ? day(d.from()) : d.value();
            case MONTH -> d.from() != null ? MONTH.format(d.from()) : d.value();
            case YEAR -> d.from() != null ? Integer.toString(d.from().getYear()) : d.value();
            case WEEK, QUARTER, DECADE -> d.value() + range(d);
            case VAGUE -> "≈ " + d.value() + range(d);
        };
    }

    private static String range(DateValue d) {
        if (d.from() == null && d.to() == null) {
            return "";
        }
        return " (" + (d.from() == null ? "…" : day(d.from())) + " – " + (d.to() == null ? "…" : day(d.to())) + ")";
    }
}
