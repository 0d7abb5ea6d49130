package org.onrecord.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/** Builds TimeML values together with the inclusive day range each one covers. */
final class Timex {
    static final String PAST_REF = "PAST_REF";
    static final String PRESENT_REF = "PRESENT_REF";
    static final String FUTURE_REF = "FUTURE_REF";

    /**
     * Seasons use TimeML's "2014-SU" values with meteorological (northern) month ranges; the precision
     * is QUARTER because a season is three months and DatePrecision has no season of its own.
     * Winter 2014 is Dec 2014 - Feb 2015, the winter that starts in that year.
     */
    enum Season {
        SPRING("SP", 3), SUMMER("SU", 6), FALL("FA", 9), WINTER("WI", 12);

        final String code;
        final int firstMonth;

        Season(String code, int firstMonth) {
            this.code = code;
            this.firstMonth = firstMonth;
        }
    }

    private Timex() {
    }

    static DateValue day(LocalDate day) {
        return DateValue.day(day);
    }

    static DateValue week(LocalDate anyDayOfIt) {
        LocalDate monday = anyDayOfIt.with(DayOfWeek.MONDAY);
        String value = "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new DateValue(value, monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    static DateValue weekend(LocalDate anyDayOfItsWeek) {
        DateValue week = week(anyDayOfItsWeek);
        return new DateValue(week.value() + "-WE", week.to().minusDays(1), week.to(), DatePrecision.WEEK);
    }

    static DateValue month(YearMonth month) {
        return new DateValue(month.toString(), month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    static DateValue quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new DateValue(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.QUARTER);
    }

    static DateValue quarterOf(LocalDate day) {
        return quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
    }

    static DateValue year(int year) {
        return new DateValue(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
    }

    static DateValue decade(int firstYear) {
        int start = firstYear - Math.floorMod(firstYear, 10);
        return new DateValue(String.valueOf(start / 10), LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), DatePrecision.DECADE);
    }

    static DateValue season(int year, Season season) {
        YearMonth first = YearMonth.of(year, season.firstMonth);
        return new DateValue(year + "-" + season.code, first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.QUARTER);
    }

    static DateValue vague(String value, LocalDate from, LocalDate to) {
        return new DateValue(value, from, to, DatePrecision.VAGUE);
    }

    /** Durations and sets carry no days at all, so nothing can draw them as a date. */
    static DateValue undated(String value) {
        return new DateValue(value, null, null, DatePrecision.VAGUE);
    }
}
