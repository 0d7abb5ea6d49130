package org.onrecord.service;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Reads a date the researcher gives, TimeML-style: {@code YYYY-MM-DD} (a day), {@code YYYY-MM} (the
 * whole month), {@code YYYY} (the year), {@code YYYY-Www} (an ISO week), {@code PAST_REF},
 * {@code PRESENT_REF}, {@code FUTURE_REF} (vague, with optional bounds), or only bounds
 * {@code from}..{@code to} (a range, written {@code FROM/TO}).
 */
public final class DateValues {
    public static final String FORMATS = "YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, PAST_REF, PRESENT_REF or FUTURE_REF, "
            + "or a range of days FROM/TO (2014-11-01/2014-11-20)";

    private DateValues() {
    }

    /** {@code value} may be null when both bounds are given; bounds are YYYY-MM-DD or null. */
    public static DateValue parse(String value, String from, String to) {
        LocalDate lower = day(from, "--from");
        LocalDate upper = day(to, "--to");
        if (lower != null && upper != null && upper.isBefore(lower)) {
            throw new IllegalArgumentException("the range ends (" + upper + ") before it starts (" + lower + ")");
        }
        if (value == null || value.isBlank()) {
            if (lower == null || upper == null) {
                throw new IllegalArgumentException("give a date value (" + FORMATS + ")");
            }
            return range(lower, upper);
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (lower == null && upper == null && v.matches("\\d{4}-\\d{2}-\\d{2}/\\d{4}-\\d{2}-\\d{2}")) {
            // A range as it is written back (2014-11-01/2014-11-20): what the window shows can be saved again.
            LocalDate start = day(v.substring(0, 10), "the range's start");
            LocalDate end = day(v.substring(11), "the range's end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("the range ends (" + end + ") before it starts (" + start + ")");
            }
            return range(start, end);
        }
        if (v.matches("(PAST|PRESENT|FUTURE)_REF")) {
            return new DateValue(v, lower, upper, DatePrecision.VAGUE);
        }
        if (lower != null || upper != null) {
            throw new IllegalArgumentException("--from/--to go with a vague value (PAST_REF, PRESENT_REF, FUTURE_REF) "
                    + "or alone for a range, not with " + value.strip());
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return DateValue.day(LocalDate.parse(v));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return new DateValue(v, month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
            }
            if (v.matches("\\d{4}")) {
                Year year = Year.parse(v);
                return new DateValue(v, year.atDay(1), year.atMonth(12).atEndOfMonth(), DatePrecision.YEAR);
            }
            if (v.matches("\\d{4}-W\\d{2}")) {
                int y = Integer.parseInt(v.substring(0, 4));
                int w = Integer.parseInt(v.substring(6));
                LocalDate anyDay = LocalDate.of(y, 6, 1);
                if (w < 1 || w > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new DateTimeException("no week " + w);
                }
                LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
                return new DateValue(v, monday, monday.plusDays(6), DatePrecision.WEEK);
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value.strip() + "' is not a valid date (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("'" + value.strip() + "' is not a date value: use " + FORMATS);
    }

    private static DateValue range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return DateValue.day(from);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        DatePrecision precision = days <= 7 ? DatePrecision.WEEK : days <= 31 ? DatePrecision.MONTH
                : days <= 92 ? DatePrecision.QUARTER : days <= 366 ? DatePrecision.YEAR : DatePrecision.DECADE;
        return new DateValue(from + "/" + to, from, to, precision);
    }

    private static LocalDate day(String text, String option) {
        try {
            return Days.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + e.getMessage(), e);
        }
    }

    /** How a date reads on one line: "2014-11 (month, 2014-11-01..2014-11-30)". */
    public static String describe(DateValue date) {
        String from = date.from() == null ? "" : date.from().toString();
        String to = date.to() == null ? "" : date.to().toString();
        return date.value() + " (" + date.precision().code() + ", " + from + ".." + to + ")";
    }
}
