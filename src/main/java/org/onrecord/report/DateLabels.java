package org.onrecord.report;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a report reader reads them, saying how precise they are. */
public final class DateLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter QUARTER_START = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * A date in plain words, as precise as it is known: "5 Dec 2014", "week of 1 Dec 2014",
     * "December 2014", "October – December 2014", "2014", "the 1990s", "≈ before 31 Dec 2018".
     * Never the TimeML value ("2014-W49", "PAST_REF"), which is for tools, not readers.
     */
    public static String of(DateValue d) {
        LocalDate from = d.from();
        LocalDate to = d.to();
        if (from == null || d.precision() == DatePrecision.VAGUE) {
            return vague(from, to);
        }
        return switch (d.precision()) {
            case DAY -> day(from);
            case WEEK -> "week of " + day(from);
            case MONTH -> MONTH.format(from);
            case QUARTER -> quarter(from);
            case YEAR -> Integer.toString(from.getYear());
            case DECADE -> "the " + (from.getYear() / 10 * 10) + "s";
            case VAGUE -> vague(from, to);
        };
    }

    private static String quarter(LocalDate date) {
        LocalDate first = date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
        return QUARTER_START.format(first) + " – " + MONTH.format(first.plusMonths(2));
    }

    private static String vague(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "date not known";
        }
        if (from == null) {
            return "≈ before " + day(to);
        }
        if (to == null) {
            return "≈ after " + day(from);
        }
        return "≈ " + day(from) + " – " + day(to);
    }
}
