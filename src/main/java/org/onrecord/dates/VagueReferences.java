package org.onrecord.dates;

import static org.onrecord.dates.Words.COUNT;
import static org.onrecord.dates.Words.UNIT;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References that say "before", "now" or "after" without saying when: PAST_REF, PRESENT_REF,
 * FUTURE_REF with precision VAGUE and a range that is honest about how little is known. "A few
 * months ago" before 7 Dec 2014 is roughly June to October, never one day and never "last month".
 * Without a publication date the value still stands, with open ends.
 */
final class VagueReferences {
    private static final Pattern PAST = Pattern.compile("recently|recent|lately|earlier|previously|formerly|in the past|the past|some time ago|long ago|once");
    private static final Pattern PRESENT = Pattern.compile("now|right now|currently|current|at present|presently|nowadays|these days|at the moment");
    private static final Pattern FUTURE = Pattern.compile("soon|shortly|later|eventually|in the future|the future|before long|in the near future|the near future");
    private static final Pattern RECENT_UNITS = Pattern.compile(
            "(?:in )?(?:recent|past|the past few|the last few|the past several|the last several|earlier) (day|week|month|quarter|year|decade)s");
    private static final Pattern COMING_UNITS = Pattern.compile(
            "(?:in )?(?:the )?(?:coming|next few|next several|upcoming|future|later) (day|week|month|quarter|year|decade)s");
    /** "In the near term", "over the long term": ahead of publication, however far. */
    private static final Pattern TERM = Pattern.compile("(?:in |over |for )?the (near|short|long|medium)(?: |-)term");
    private static final Pattern FEW_AGO = Pattern.compile(COUNT + " " + UNIT + " (ago|from now)");
    private static final Pattern UNITS_AGO = Pattern.compile("(day|week|month|year|decade)s (ago|from now)");

    private VagueReferences() {
    }

    static Optional<Resolution> resolve(String p, LocalDate anchor) {
        Matcher m;
        if (PAST.matcher(p).matches()) {
            LocalDate from = p.equals("recently") || p.equals("recent") || p.equals("lately") ? minus(anchor, Period.ofMonths(6)) : null;
            return vague(Timex.PAST_REF, from, anchor, "vague past: before publication" + (from == null ? ", no earliest day" : ", roughly the last six months"));
        }
        if (PRESENT.matcher(p).matches()) {
            return vague(Timex.PRESENT_REF, anchor, anchor, "vague present: around publication");
        }
        if (FUTURE.matcher(p).matches()) {
            LocalDate to = p.equals("soon") || p.equals("shortly") ? plus(anchor, Period.ofMonths(3)) : null;
            return vague(Timex.FUTURE_REF, anchor, to, "vague future: after publication");
        }
        if ((m = TERM.matcher(p)).matches()) {
            return vague(Timex.FUTURE_REF, anchor, null, "the " + m.group(1) + " term: ahead of publication");
        }
        if ((m = RECENT_UNITS.matcher(p)).matches()) {
            return vague(Timex.PAST_REF, minus(anchor, units(m.group(1), 6)), anchor, "recent " + m.group(1) + "s: up to about six back");
        }
        if ((m = COMING_UNITS.matcher(p)).matches()) {
            return vague(Timex.FUTURE_REF, anchor, plus(anchor, units(m.group(1), 6)), "coming " + m.group(1) + "s: up to about six ahead");
        }
        if ((m = FEW_AGO.matcher(p)).matches()) {
            OptionalInt exact = Words.exactCount(m.group(1));
            String unit = Words.unitOf(m.group(2));
            if (exact.isPresent() || !isCalendarUnit(unit)) {
                return Optional.empty();
            }
            return fewUnits(m.group(1), unit, m.group(3).equals("ago"), anchor);
        }
        if ((m = UNITS_AGO.matcher(p)).matches()) {
            return fewUnits("many", m.group(1), m.group(2).equals("ago"), anchor);
        }
        return Optional.empty();
    }

    /** "A few" is about two to six; "many"/"some" may be far more, so that end stays open. */
    private static Optional<Resolution> fewUnits(String count, String unit, boolean back, LocalDate anchor) {
        boolean openFar = count.equals("many") || count.equals("some") || count.startsWith("dozens") || count.equals("a number of");
        Period near = units(unit, 2);
        Period far = units(unit, 6);
        String why = "'" + count + " " + unit + "s' is vague: " + (openFar ? "at least two " + unit + "s" : "about two to six " + unit + "s")
                + (back ? " before" : " after") + " publication";
        if (back) {
            return vague(Timex.PAST_REF, openFar ? null : minus(anchor, far), minus(anchor, near), why);
        }
        return vague(Timex.FUTURE_REF, plus(anchor, near), openFar ? null : plus(anchor, far), why);
    }

    private static boolean isCalendarUnit(String unit) {
        return switch (unit) {
            case "day", "week", "month", "year", "decade" -> true;
            default -> false;
        };
    }

    private static Period units(String unit, int n) {
        return switch (unit) {
            case "day" -> Period.ofDays(n);
            case "week" -> Period.ofWeeks(n);
            case "month" -> Period.ofMonths(n);
            case "quarter" -> Period.ofMonths(3 * n);
            case "year" -> Period.ofYears(n);
            default -> Period.ofYears(10 * n);
        };
    }

    private static LocalDate minus(LocalDate anchor, Period p) {
        return anchor == null ? null : anchor.minus(p);
    }

    private static LocalDate plus(LocalDate anchor, Period p) {
        return anchor == null ? null : anchor.plus(p);
    }

    private static Optional<Resolution> vague(String value, LocalDate from, LocalDate to, String why) {
        return Optional.of(Resolution.date(Timex.vague(value, from, to), why));
    }
}
