package org.onrecord.dates;

import static org.onrecord.dates.Words.COUNT;
import static org.onrecord.dates.Words.UNIT;
import static org.onrecord.dates.Words.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/**
 * Dates counted from the publication date: "yesterday", "two days ago", "last month", "next week",
 * "on Sunday", "last Friday", "this morning". A count that is not a number ("a few months ago") is
 * left to {@link VagueReferences}; nothing here resolves without a publication date.
 */
final class RelativeDates {
    private static final Pattern DAY_WORD = Pattern.compile("(today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)");
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "(this|yesterday|tomorrow|last|today|" + WEEKDAY + ") ?(morning|afternoon|evening|night)");
    private static final Pattern ANAPHORIC_DAY = Pattern.compile(
            "(the day before|the previous day|the day after|the next day|the following day|a day later|a day earlier)");
    private static final Pattern COUNTED = Pattern.compile(COUNT + " " + UNIT + " (ago|earlier|before|later|after|from now|hence)");
    private static final Pattern IN_COUNTED = Pattern.compile("in " + COUNT + " " + UNIT);
    private static final Pattern THIS_UNIT = Pattern.compile(
            "(this|last|next|the previous|the current|the following|the same|the latest|previous|current)"
                    + " (week|weekend|month|quarter|year|decade)");
    private static final Pattern THE_WEEKEND = Pattern.compile("the weekend");
    private static final Pattern THE_YEAR = Pattern.compile("(?:the|the full|the current|this) fiscal (year)|(the|the full|the current) (year|month)|year-end|the year's end");
    private static final Pattern THE_QUARTER = Pattern.compile("the (?:latest |most recent |last )?quarter");
    private static final Pattern WEEKDAY_REF = Pattern.compile("(?:(last|next|this|past|coming) )?" + WEEKDAY);

    private RelativeDates() {
    }

    static Optional<Resolution> resolve(String p, LocalDate anchor, Tense tense) {
        if (anchor == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(resolveOrNull(p, anchor, tense));
    }

    private static Resolution resolveOrNull(String p, LocalDate anchor, Tense tense) {
        Matcher m;
        if ((m = DAY_WORD.matcher(p)).matches()) {
            return switch (m.group(1)) {
                case "today" -> Resolution.date(Timex.day(anchor), "today: the publication date");
                case "yesterday" -> Resolution.date(Timex.day(anchor.minusDays(1)), "yesterday: the day before publication");
                case "tomorrow" -> Resolution.date(Timex.day(anchor.plusDays(1)), "tomorrow: the day after publication");
                case "the day before yesterday" -> Resolution.date(Timex.day(anchor.minusDays(2)), "two days before publication");
                case "the day after tomorrow" -> Resolution.date(Timex.day(anchor.plusDays(2)), "two days after publication");
                default -> partOfDay(anchor, "night", "tonight: the evening of the publication date");
            };
        }
        if ((m = PART_OF_DAY.matcher(p)).matches()) {
            LocalDate day = switch (m.group(1)) {
                case "this", "today" -> anchor;
                case "yesterday", "last" -> anchor.minusDays(1);
                case "tomorrow" -> anchor.plusDays(1);
                default -> weekday(Words.weekday(m.group(2)), null, anchor, tense);
            };
            return partOfDay(day, m.group(3), "part of a day, counted from the publication date");
        }
        if ((m = ANAPHORIC_DAY.matcher(p)).matches()) {
            boolean before = m.group(1).contains("before") || m.group(1).contains("previous") || m.group(1).contains("earlier");
            LocalDate day = before ? anchor.minusDays(1) : anchor.plusDays(1);
            return Resolution.date(Timex.day(day), "refers to another event's day; counted from the publication date for want of it");
        }
        if ((m = COUNTED.matcher(p)).matches()) {
            boolean back = switch (m.group(3)) {
                case "ago", "earlier", "before" -> true;
                default -> false;
            };
            String note = m.group(3).equals("ago") || m.group(3).equals("from now") || m.group(3).equals("hence")
                    ? "counted from the publication date"
                    : "relative to another event; counted from the publication date for want of it";
            return counted(m.group(1), Words.unitOf(m.group(2)), back, anchor, note);
        }
        if ((m = IN_COUNTED.matcher(p)).matches()) {
            return counted(m.group(1), Words.unitOf(m.group(2)), false, anchor, "'in' a span from the publication date");
        }
        if ((m = THIS_UNIT.matcher(p)).matches()) {
            return thisUnit(m.group(1).replace("the ", ""), m.group(2), anchor);
        }
        if ((m = THE_YEAR.matcher(p)).matches()) {
            if (p.contains("end")) { // "year-end": the publication year's last part
                return DateResolver.PartOf.apply(Resolution.date(Timex.year(anchor.getYear()), "year-end of the publication year"), "end of", anchor)
                        .orElse(null);
            }
            String unit = m.group(1) != null ? m.group(1) : m.group(3);
            DateValue v = unit.equals("year") ? Timex.year(anchor.getYear()) : Timex.month(YearMonth.from(anchor));
            return Resolution.date(v, "'the " + unit + "' without another one named: the publication " + unit);
        }
        if (THE_QUARTER.matcher(p).matches()) {
            DateValue q = Timex.quarterOf(anchor.minusMonths(3));
            return Resolution.date(q, "'the quarter' in news is the last one completed, the one results are reported for ("
                    + q.value() + ")");
        }
        if (THE_WEEKEND.matcher(p).matches()) {
            boolean weekendNow = anchor.getDayOfWeek().getValue() >= 6;
            LocalDate inWeek = weekendNow ? anchor : tense == Tense.FUTURE ? anchor : anchor.minusDays(7);
            return Resolution.date(Timex.weekend(inWeek), weekendNow ? "the weekend of publication"
                    : tense == Tense.FUTURE ? "the coming weekend (the clause points ahead)" : "the weekend before publication");
        }
        if ((m = WEEKDAY_REF.matcher(p)).matches()) {
            DayOfWeek day = Words.weekday(m.group(2));
            LocalDate date = weekday(day, m.group(1), anchor, tense);
            return Resolution.date(Timex.day(date), weekdayWhy(m.group(1), tense));
        }
        return null;
    }

    /**
     * News convention: a bare weekday is the one of the current week on or before publication ("on
     * Sunday" in a Sunday paper is that day); a future clause or "next" takes the one after.
     */
    static LocalDate weekday(DayOfWeek day, String word, LocalDate anchor, Tense tense) {
        if (word == null) {
            return tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(day)) : anchor.with(TemporalAdjusters.previousOrSame(day));
        }
        return switch (word) {
            case "last", "past" -> anchor.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> anchor.with(TemporalAdjusters.next(day));
            default -> anchor.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L); // "this Tuesday": in the publication week
        };
    }

    private static String weekdayWhy(String word, Tense tense) {
        if (word == null) {
            return tense == Tense.FUTURE ? "weekday, clause points ahead: the next one on or after publication"
                    : "weekday: the last one on or before publication (news convention)";
        }
        return switch (word) {
            case "last", "past" -> "'last' weekday: the one before publication";
            case "next", "coming" -> "'next' weekday: the one after publication";
            default -> "'this' weekday: the one in the publication week";
        };
    }

    private static Resolution partOfDay(LocalDate day, String part, String why) {
        String code = switch (part) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
        DateValue value = new DateValue(day + code, day, day, DatePrecision.DAY);
        return new Resolution(value, TimexType.TIME, TimexMod.NONE, why);
    }

    private static Resolution counted(String count, String unit, boolean back, LocalDate anchor, String why) {
        OptionalInt n = Words.exactCount(count);
        if (n.isEmpty()) {
            return null; // "a few days ago" is vague, never a day
        }
        int k = back ? -n.getAsInt() : n.getAsInt();
        DateValue value = switch (unit) {
            case "day" -> Timex.day(anchor.plusDays(k));
            case "week" -> Timex.week(anchor.plusWeeks(k));
            case "fortnight" -> Timex.week(anchor.plusWeeks(2L * k));
            case "month" -> Timex.month(YearMonth.from(anchor).plusMonths(k));
            case "quarter" -> Timex.quarterOf(anchor.plusMonths(3L * k));
            case "year" -> Timex.year(anchor.getYear() + k);
            case "decade" -> Timex.decade(anchor.getYear() + 10 * k);
            default -> null; // hours and minutes ago need a clock time we do not have
        };
        return value == null ? null : Resolution.date(value, unit + "s " + (back ? "back" : "ahead") + ", " + why);
    }

    private static Resolution thisUnit(String which, String unit, LocalDate anchor) {
        int shift = switch (which) {
            case "last", "past", "previous" -> -1;
            case "next", "coming", "following" -> 1;
            default -> 0; // this, current, same, latest
        };
        if (which.equals("latest") && !unit.equals("quarter")) {
            return null;
        }
        if (which.equals("latest")) { // "the latest quarter": the last one that has ended
            shift = -1;
        }
        DateValue value = switch (unit) {
            case "week" -> Timex.week(anchor.plusWeeks(shift));
            case "weekend" -> Timex.weekend(anchor.plusWeeks(shift));
            case "month" -> Timex.month(YearMonth.from(anchor).plusMonths(shift));
            case "quarter" -> Timex.quarterOf(anchor.plusMonths(3L * shift));
            case "year" -> Timex.year(anchor.getYear() + shift);
            default -> Timex.decade(anchor.getYear() + 10 * shift);
        };
        String what = shift < 0 ? "the previous " : shift > 0 ? "the next " : "the publication ";
        return Resolution.date(value, what + unit + " (" + value.value() + ")");
    }
}
