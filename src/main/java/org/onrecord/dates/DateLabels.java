package org.onrecord.dates;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Dates as a reader reads them, saying how precise they are: the one formatter for the window
 * (timeline, tooltips, dialogs) and the report, so both say "week of 1 Dec 2014" for 2014-W49.
 * Never the TimeML value ("2014-W49", "PAST_REF"), which is for tools, not readers.
 */
public final class DateLabels {
    /** Marks every date whose extent is not known (also drawn on the timeline's vague shape). */
    public static final String APPROX = "≈";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /**
     * A date in plain words, as precise as it is known: "5 Dec 2014", "week of 1 Dec 2014",
     * "December 2014", "October – December 2014", "2014", "the 1990s", "≈ before 31 Dec 2018";
     * a range of days that is not a whole week, month… shows both ends ("1 Nov 2014 – 20 Nov 2014").
     */
    public static String of(DateValue d) {
        if (d == null) {
            return "undated";
        }
        LocalDate from = d.from();
        LocalDate to = d.to();
        if (from == null || to == null || d.precision() == DatePrecision.VAGUE) {
            return vague(from, to);
        }
        if (!whole(d.precision(), from, to)) {
            return from.equals(to) ? day(from) : day(from) + " – " + day(to);
        }
        return switch (d.precision()) {
            case DAY -> day(from);
            case WEEK -> "week of " + day(from);
            case MONTH -> from.getMonth() == to.getMonth() && from.getYear() == to.getYear() ? MONTH.format(from)
                    : MONTH.format(from) + " – " + MONTH.format(to);
            case QUARTER -> quarter(from, to);
            case YEAR -> from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + " – " + to.getYear();
            case DECADE -> "the " + (from.getYear() / 10 * 10) + "s";
            case VAGUE -> vague(from, to);
        };
    }

    /** Whether from..to is exactly whole units of the precision (one ISO week, whole months…), not any range of days. */
    private static boolean whole(DatePrecision precision, LocalDate from, LocalDate to) {
        return switch (precision) {
            case DAY -> from.equals(to);
            case WEEK -> from.getDayOfWeek() == DayOfWeek.MONDAY && to.equals(from.plusDays(6));
            case MONTH -> from.getDayOfMonth() == 1 && to.equals(to.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
                    && to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) && to.getMonthValue() % 3 == 0;
            case YEAR -> from.getDayOfYear() == 1 && to.equals(to.with(TemporalAdjusters.lastDayOfYear()));
            case DECADE -> from.getDayOfYear() == 1 && from.getYear() % 10 == 0 && to.equals(from.plusYears(10).minusDays(1));
            case VAGUE -> true;
        };
    }

    private static String quarter(LocalDate from, LocalDate to) {
        if (from.get(IsoFields.QUARTER_OF_YEAR) == to.get(IsoFields.QUARTER_OF_YEAR) && from.getYear() == to.getYear()) {
            return MONTH_NAME.format(from) + " – " + MONTH.format(to);
        }
        return MONTH.format(from) + " – " + MONTH.format(to);
    }

    private static String vague(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "date not known";
        }
        if (from == null) {
            return APPROX + " before " + day(to);
        }
        if (to == null) {
            return APPROX + " after " + day(from);
        }
        return APPROX + " " + day(from) + " – " + day(to);
    }
}
