package org.onrecord.dates;

import static org.onrecord.dates.Words.DAY_NUMBER;
import static org.onrecord.dates.Words.MONTH;
import static org.onrecord.dates.Words.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar dates written out: ISO values, "Nov. 24, 2014", "24 November", "Nov 2014", "November",
 * "2014", "the 1990s", "Q3 2014", "summer 2014". A day or month without a year takes the year
 * nearest the publication date (see {@link NearestYear}); without a publication date it does not resolve.
 */
final class AbsoluteDates {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})t(\\d{2}):(\\d{2})(?::\\d{2})?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-w(\\d{2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " " + DAY_NUMBER + ",? " + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:the )?" + DAY_NUMBER + " (?:of )?" + MONTH + ",? " + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " " + DAY_NUMBER);
    private static final Pattern DAY_MONTH = Pattern.compile("(?:the )?" + DAY_NUMBER + " (?:of )?" + MONTH);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",? (?:of )?" + YEAR);
    private static final Pattern MONTH_ONLY = Pattern.compile("(?:(last|next|this|past) )?" + MONTH);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:the year |(?:the )?fiscal (?:year )?|calendar (?:year )?)?" + YEAR);
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile(MONTH + ",? (?:of )?(last|this|next) year");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(\\d{3})0'?s");
    private static final Pattern SHORT_DECADE = Pattern.compile("(?:the )?'?([1-9])0'?s");
    private static final Pattern WORD_DECADE = Pattern.compile("(?:the )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)");
    private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th)";
    private static final Pattern Q_YEAR = Pattern.compile("q([1-4]),? " + YEAR + "|" + YEAR + ",? q([1-4])");
    private static final Pattern QUARTER_YEAR = Pattern.compile("(?:the )?" + ORDINAL + "[ -]quarter,? (?:of )?" + YEAR);
    private static final Pattern YEAR_QUARTER = Pattern.compile("(?:the )?" + YEAR + "(?: fiscal)? " + ORDINAL + "[ -]quarter");
    private static final Pattern RELATIVE_YEAR_QUARTER = Pattern.compile("(last|this|next) year's " + ORDINAL + "[ -]quarter");
    private static final Pattern QUARTER = Pattern.compile("(?:(?:the|this|last|next|the latest) )?" + ORDINAL + "[ -]quarter");
    private static final Pattern SEASON_YEAR = Pattern.compile("(?:the )?(spring|summer|fall|autumn|winter),? (?:of )?" + YEAR);
    private static final Pattern SEASON = Pattern.compile("(?:(last|next|this|past|the) )?(spring|summer|fall|autumn|winter)");
    private static final Pattern HOLIDAY = Pattern.compile(
            "(christmas(?: day)?|christmas eve|new year's day|new year's eve|new year's|independence day|the fourth of july"
                    + "|july fourth|halloween|valentine's day|thanksgiving(?: day)?|labor day|memorial day)(?:,? " + YEAR + ")?");

    private AbsoluteDates() {
    }

    static Optional<Resolution> resolve(String p, LocalDate anchor, Tense tense) {
        try {
            return Optional.ofNullable(withYear(p)).or(() -> Optional.ofNullable(anchor == null ? null : withoutYear(p, anchor, tense)));
        } catch (DateTimeException impossible) { // "Feb. 30", "2014-13": not a date, so no guess
            return Optional.empty();
        }
    }

    private static Resolution withYear(String p) {
        Matcher m;
        if ((m = ISO_TIME.matcher(p)).matches()) {
            LocalDateTime t = LocalDateTime.parse(m.group(1) + "T" + m.group(2) + ":" + m.group(3));
            DateValue at = new DateValue(t.toString(), t.toLocalDate(), t.toLocalDate(), DatePrecision.DAY);
            return new Resolution(at, TimexType.TIME, TimexMod.NONE, "ISO date and time");
        }
        if ((m = ISO_DAY.matcher(p)).matches()) {
            return Resolution.date(Timex.day(LocalDate.parse(p)), "ISO date");
        }
        if ((m = ISO_WEEK.matcher(p)).matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
            return Resolution.date(Timex.week(monday), "ISO week");
        }
        if ((m = ISO_MONTH.matcher(p)).matches()) {
            return Resolution.date(Timex.month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))), "ISO month");
        }
        if ((m = MONTH_DAY_YEAR.matcher(p)).matches()) {
            return Resolution.date(Timex.day(LocalDate.of(year(m.group(3)), Words.month(m.group(1)), day(m.group(2)))), "full date");
        }
        if ((m = DAY_MONTH_YEAR.matcher(p)).matches()) {
            return Resolution.date(Timex.day(LocalDate.of(year(m.group(3)), Words.month(m.group(2)), day(m.group(1)))), "full date");
        }
        if ((m = MONTH_YEAR.matcher(p)).matches()) {
            return Resolution.date(Timex.month(YearMonth.of(year(m.group(2)), Words.month(m.group(1)))), "month and year");
        }
        if ((m = YEAR_ONLY.matcher(p)).matches()) {
            return Resolution.date(Timex.year(year(m.group(1))), "year");
        }
        if ((m = DECADE.matcher(p)).matches()) {
            return Resolution.date(Timex.decade(Integer.parseInt(m.group(1)) * 10), "decade");
        }
        if ((m = Q_YEAR.matcher(p)).matches()) {
            boolean qFirst = m.group(1) != null;
            int q = Integer.parseInt(qFirst ? m.group(1) : m.group(4));
            return Resolution.date(Timex.quarter(year(qFirst ? m.group(2) : m.group(3)), q), "quarter");
        }
        if ((m = QUARTER_YEAR.matcher(p)).matches()) {
            return Resolution.date(Timex.quarter(year(m.group(2)), Words.ordinal(m.group(1))), "quarter");
        }
        if ((m = YEAR_QUARTER.matcher(p)).matches()) {
            return Resolution.date(Timex.quarter(year(m.group(1)), Words.ordinal(m.group(2))), "quarter");
        }
        if ((m = SEASON_YEAR.matcher(p)).matches()) {
            return Resolution.date(Timex.season(year(m.group(2)), season(m.group(1))),
                    "season: meteorological months, precision QUARTER");
        }
        if ((m = HOLIDAY.matcher(p)).matches() && m.group(2) != null) {
            return Resolution.date(Timex.day(holiday(m.group(1), year(m.group(2)))), "holiday");
        }
        return null;
    }

    private static Resolution withoutYear(String p, LocalDate anchor, Tense tense) {
        Matcher m;
        if ((m = MONTH_RELATIVE_YEAR.matcher(p)).matches()) {
            int year = anchor.getYear() + shift(m.group(2));
            return Resolution.date(Timex.month(YearMonth.of(year, Words.month(m.group(1)))), "month of " + m.group(2) + " year (" + year + ")");
        }
        if ((m = RELATIVE_YEAR_QUARTER.matcher(p)).matches()) {
            int year = anchor.getYear() + shift(m.group(1));
            return Resolution.date(Timex.quarter(year, Words.ordinal(m.group(2))), "quarter of " + m.group(1) + " year (" + year + ")");
        }
        if ((m = MONTH_DAY.matcher(p)).matches()) {
            return nearest("month-day without a year", anchor, tense, dayIn(Words.month(m.group(1)), day(m.group(2))));
        }
        if ((m = DAY_MONTH.matcher(p)).matches()) {
            return nearest("day-month without a year", anchor, tense, dayIn(Words.month(m.group(2)), day(m.group(1))));
        }
        if ((m = HOLIDAY.matcher(p)).matches()) {
            String name = m.group(1);
            return nearest("holiday without a year", anchor, tense, y -> Timex.day(holiday(name, y)));
        }
        if ((m = MONTH_ONLY.matcher(p)).matches()) {
            Month month = Words.month(m.group(2));
            return nearest("month without a year", anchor, direction(m.group(1), tense), y -> Timex.month(YearMonth.of(y, month)), m.group(1), anchor);
        }
        if ((m = SEASON.matcher(p)).matches()) {
            Timex.Season season = season(m.group(2));
            return nearest("season (meteorological months, precision QUARTER)", anchor, direction(m.group(1), tense),
                    y -> Timex.season(y, season), m.group(1), anchor);
        }
        if ((m = QUARTER.matcher(p)).matches()) {
            int q = Words.ordinal(m.group(1));
            // quarterly results are reported after the fact, and "expects third-quarter earnings" is about a quarter
            // already begun: take the last such quarter that has begun, whatever the tense
            return nearest("quarter without a year (results are reported after the fact)", anchor, Tense.PAST, y -> Timex.quarter(y, q));
        }
        if ((m = SHORT_DECADE.matcher(p)).matches()) {
            return decadeBefore(Integer.parseInt(m.group(1)) * 10, anchor);
        }
        if ((m = WORD_DECADE.matcher(p)).matches()) {
            int tens = switch (m.group(1)) {
                case "twenties" -> 20; case "thirties" -> 30; case "forties" -> 40; case "fifties" -> 50;
                case "sixties" -> 60; case "seventies" -> 70; case "eighties" -> 80; default -> 90;
            };
            return decadeBefore(tens, anchor);
        }
        return null;
    }

    /** "The '90s" names no century: take the last such decade that had begun by the publication date. */
    private static Resolution decadeBefore(int tens, LocalDate anchor) {
        int start = anchor.getYear() - Math.floorMod(anchor.getYear(), 100) + tens;
        if (start > anchor.getYear()) {
            start -= 100;
        }
        return Resolution.date(Timex.decade(start), "decade without a century: took the " + start + "s, the last before the publication date");
    }

    private static int shift(String lastThisNext) {
        return switch (lastThisNext) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static Tense direction(String word, Tense tense) {
        if (word == null) {
            return tense;
        }
        return switch (word) {
            case "last", "past" -> Tense.PAST;
            case "next" -> Tense.FUTURE;
            case "the" -> tense;
            default -> Tense.UNKNOWN; // "this November": the one in the publication year, handled by the caller
        };
    }

    private static Resolution nearest(String what, LocalDate anchor, Tense tense, IntFunction<DateValue> inYear) {
        return nearest(what, anchor, tense, inYear, 1);
    }

    private static Resolution nearest(String what, LocalDate anchor, Tense tense, IntFunction<DateValue> inYear, int futureWeight) {
        NearestYear.Choice choice = NearestYear.choose(anchor, tense, inYear, futureWeight);
        if (choice == null) {
            return null;
        }
        return Resolution.date(choice.date(), what + ": " + choice.why());
    }

    /** "last November" excludes the current month; "this November" is the publication year's. */
    private static Resolution nearest(String what, LocalDate anchor, Tense tense, IntFunction<DateValue> inYear, String word, LocalDate a) {
        if ("the".equals(word)) {
            return nearest(what, anchor, tense, inYear, 2);
        }
        if ("this".equals(word)) {
            return Resolution.date(inYear.apply(a.getYear()), what + ": 'this' took the publication year " + a.getYear());
        }
        if (word != null) {
            IntFunction<DateValue> strict = y -> {
                DateValue v = inYear.apply(y);
                boolean containsAnchor = !a.isBefore(v.from()) && !a.isAfter(v.to());
                return containsAnchor ? null : v;
            };
            return nearest(what + " ('" + word + "')", anchor, tense, strict);
        }
        // a whole month or season without a year is reported after the fact far more often than announced:
        // days ahead count double (measured on TimeBank; month-days stay strictly nearest)
        return nearest(what, anchor, tense, inYear, 2);
    }

    private static IntFunction<DateValue> dayIn(Month month, int day) {
        if (day < 1 || day > month.maxLength()) {
            throw new DateTimeException("no such day: " + month + " " + day);
        }
        return y -> day <= YearMonth.of(y, month).lengthOfMonth() ? Timex.day(LocalDate.of(y, month, day)) : null;
    }

    static LocalDate holiday(String name, int year) {
        return switch (name) {
            case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
            case "christmas eve" -> LocalDate.of(year, 12, 24);
            case "new year's day", "new year's" -> LocalDate.of(year, 1, 1);
            case "new year's eve" -> LocalDate.of(year, 12, 31);
            case "independence day", "the fourth of july", "july fourth" -> LocalDate.of(year, 7, 4);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "valentine's day" -> LocalDate.of(year, 2, 14);
            case "thanksgiving", "thanksgiving day" -> nthWeekday(year, 11, DayOfWeek.THURSDAY, 4);
            case "labor day" -> nthWeekday(year, 9, DayOfWeek.MONDAY, 1);
            case "memorial day" -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> throw new IllegalArgumentException("unknown holiday: " + name);
        };
    }

    private static LocalDate nthWeekday(int year, int month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static Timex.Season season(String word) {
        return switch (word) {
            case "spring" -> Timex.Season.SPRING;
            case "summer" -> Timex.Season.SUMMER;
            case "fall", "autumn" -> Timex.Season.FALL;
            default -> Timex.Season.WINTER;
        };
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (y < 1000 || y > 2999) {
            throw new DateTimeException("not a plausible year: " + y);
        }
        return y;
    }

    private static int day(String digits) {
        return Integer.parseInt(digits);
    }
}
