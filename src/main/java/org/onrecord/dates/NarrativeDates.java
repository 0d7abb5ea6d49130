package org.onrecord.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/**
 * Expressions TimeML resolves against the time the text is talking about (its {@link ReferenceTime})
 * rather than the publication date:
 * <ul>
 * <li>anaphoric ones, "the following year", "the previous day", "two days later": counted from the
 * last point named;</li>
 * <li>the other side of a comparison, "net rose to $5 million from $4 million a year earlier",
 * "the year-ago quarter", "the corresponding period last year": the period compared (the quarter
 * named before) a year back, at that period's granularity.</li>
 * </ul>
 * With no reference time in the text these fall through to the publication-date rules.
 */
final class NarrativeDates {
    /** A year back from the time spoken of: after a quarter, that quarter a year back ("A year earlier, net was $2 million"). */
    private static final Pattern YEAR_BEFORE = Pattern.compile("a year (?:earlier|before)|the year before|the (?:previous|prior) year");
    /** A year back from publication, said of a compared period only in a comparison ("up from $2 million a year ago"). */
    private static final Pattern YEAR_BACK = Pattern.compile("a year ago|last year");
    /** The adjectives that are comparisons by themselves: "year-earlier profit", "the year-ago results". */
    private static final Pattern YEAR_BACK_ADJECTIVE = Pattern.compile("year-(?:ago|earlier)");
    /** A compared period a year back, whatever the clause ("the year-ago quarter", "last year's period"). */
    private static final Pattern PERIOD_YEAR_BACK = Pattern.compile(
            "the (?:year-ago|year-earlier|prior-year|year-before) (?:period|quarter)"
                    + "|the (?:same|corresponding|comparable) (?:period|quarter)(?: of)? (?:a year (?:ago|earlier|before)|last year|the previous year|the prior year)"
                    + "|last year's (?:period|quarter)");
    /** The period under discussion, named again ("the latest period", "the 1988 quarter"). */
    private static final Pattern SAME_PERIOD = Pattern.compile("the (?:latest|most recent|same|comparable) period|the (?:same|comparable) quarter");
    private static final Pattern YEAR_PERIOD = Pattern.compile("the (\\d{4}) (period|quarter)");
    /** Counted from the last point named: "the following year", "the previous day", "a year later". */
    private static final Pattern ANAPHORIC_UNIT = Pattern.compile("the (following|next|previous|prior) (day|week|month|year)");
    private static final Pattern UNIT_BEFORE_AFTER = Pattern.compile("the (day|week|month|year) (before|after)");
    /** The unit holding the last point named: "that year", "the same day". */
    private static final Pattern SAME_UNIT = Pattern.compile("(?:that|the same) (day|week|month|year)");
    /** A part of the day last named: "in the morning" after "Friday". */
    private static final Pattern PART_OF_THAT_DAY = Pattern.compile("(?:later |early |earlier )?(?:in )?the (morning|afternoon|evening|night)");
    private static final Pattern COUNTED_LATER = Pattern.compile(Words.COUNT + " " + Words.UNIT + " (later|earlier|after|before)");
    /** Words that set one amount against another: the date after them is the compared period. */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(compared (?:with|to)|from|versus|vs\\.?|against|than|up from|down from|over|increase from|decrease from)\\b");

    private NarrativeDates() {
    }

    static Optional<Resolution> resolve(String p, LocalDate anchor, ReferenceTime reference, boolean comparison) {
        if (anchor == null || reference == null) {
            return Optional.empty();
        }
        Matcher m;
        DateValue compared = reference.quarter(); // results are compared quarter by quarter
        boolean comparing = PERIOD_YEAR_BACK.matcher(p).matches() || YEAR_BACK_ADJECTIVE.matcher(p).matches()
                || YEAR_BEFORE.matcher(p).matches();
        if (compared != null && (comparing || comparison && YEAR_BACK.matcher(p).matches())) {
            DateValue back = yearBack(compared);
            if (back != null) {
                return Optional.of(Resolution.date(back, "the period compared (" + compared.value() + ") a year back"));
            }
        }
        if (compared == null && YEAR_BACK_ADJECTIVE.matcher(p).matches()) {
            return Optional.of(Resolution.date(Timex.year(anchor.getYear() - 1), "no period named before: the year before publication"));
        }
        if (compared == null && PERIOD_YEAR_BACK.matcher(p).matches()) {
            DateValue reported = Timex.quarterOf(anchor.minusMonths(3));
            return Optional.of(Resolution.date(yearBack(reported),
                    "no period named before: the last quarter reported (" + reported.value() + ") a year back"));
        }
        if (reference.quarter() != null && SAME_PERIOD.matcher(p).matches()) {
            return Optional.of(Resolution.date(reference.quarter(), "the quarter under discussion (" + reference.quarter().value() + ")"));
        }
        if ((m = YEAR_PERIOD.matcher(p)).matches()) {
            int year = Integer.parseInt(m.group(1));
            if (reference.quarter() == null) {
                return Optional.of(Resolution.date(Timex.year(year), "a period of " + year));
            }
            int q = reference.quarter().from().get(IsoFields.QUARTER_OF_YEAR);
            return Optional.of(Resolution.date(Timex.quarter(year, q), "the quarter under discussion, in " + year));
        }
        DateValue point = reference.point();
        if (point == null) {
            return Optional.empty();
        }
        if ((m = ANAPHORIC_UNIT.matcher(p)).matches()) {
            int step = m.group(1).equals("following") || m.group(1).equals("next") ? 1 : -1;
            return shifted(point, m.group(2), step, "'the " + m.group(1) + " " + m.group(2) + "' counted from " + point.value());
        }
        if ((m = UNIT_BEFORE_AFTER.matcher(p)).matches()) {
            return shifted(point, m.group(1), m.group(2).equals("after") ? 1 : -1, "'" + p + "' counted from " + point.value());
        }
        if ((m = SAME_UNIT.matcher(p)).matches()) {
            return shifted(point, m.group(1), 0, "'" + p + "': the " + m.group(1) + " of " + point.value());
        }
        if ((m = PART_OF_THAT_DAY.matcher(p)).matches() && point.isExactDay()) {
            String code = switch (m.group(1)) {
                case "morning" -> "TMO";
                case "afternoon" -> "TAF";
                case "evening" -> "TEV";
                default -> "TNI";
            };
            DateValue v = new DateValue(point.from() + code, point.from(), point.from(), DatePrecision.DAY);
            return Optional.of(new Resolution(v, TimexType.TIME, TimexMod.NONE, "the " + m.group(1) + " of " + point.value()));
        }
        if ((m = COUNTED_LATER.matcher(p)).matches()) {
            var n = Words.exactCount(m.group(1));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            int step = m.group(3).equals("later") || m.group(3).equals("after") ? n.getAsInt() : -n.getAsInt();
            return shifted(point, Words.unitOf(m.group(2)), step, p + ": counted from " + point.value());
        }
        return Optional.empty();
    }

    /** Whether {@code expression} stands after a comparing word in {@code sentence} ("from $4 million a year earlier"). */
    static boolean inComparison(String sentence, String expression) {
        if (sentence == null || expression == null) {
            return false;
        }
        String s = sentence.toLowerCase(Locale.ROOT);
        int at = s.indexOf(expression.toLowerCase(Locale.ROOT));
        return at > 0 && COMPARISON.matcher(s.substring(0, at)).find();
    }

    private static DateValue yearBack(DateValue d) {
        return switch (d.precision()) {
            case QUARTER -> d.value().contains("-Q") ? Timex.quarterOf(d.from().minusYears(1)) : null;
            case YEAR -> Timex.year(d.from().getYear() - 1);
            default -> null;
        };
    }

    private static Optional<Resolution> shifted(DateValue point, String unit, int step, String why) {
        if (!fineEnough(point.precision(), unit)) {
            return Optional.empty(); // "the following day" after "in 1995": no day to count from
        }
        LocalDate from = point.from();
        DateValue v = switch (unit) {
            case "day" -> Timex.day(from.plusDays(step));
            case "week" -> Timex.week(from.plusWeeks(step));
            case "month" -> Timex.month(YearMonth.from(from).plusMonths(step));
            case "year" -> Timex.year(from.getYear() + step);
            default -> null;
        };
        return v == null ? Optional.empty() : Optional.of(Resolution.date(v, why));
    }

    private static boolean fineEnough(DatePrecision p, String unit) {
        return switch (unit) {
            case "day" -> p == DatePrecision.DAY;
            case "week" -> p == DatePrecision.DAY || p == DatePrecision.WEEK;
            case "month" -> p == DatePrecision.DAY || p == DatePrecision.WEEK || p == DatePrecision.MONTH;
            case "year" -> p != DatePrecision.DECADE && p != DatePrecision.VAGUE;
            default -> false;
        };
    }
}
