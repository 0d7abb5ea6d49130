package org.onrecord.dates;

import static org.onrecord.dates.Words.COUNT;
import static org.onrecord.dates.Words.UNIT;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long and how often: "three days", "for weeks", "more than a week", "the past year" (DURATION)
 * and "quarterly", "every week" (SET). Their values (P3D, P1W) carry no days, so nothing draws them
 * on the timeline; they are still worth finding so they are not mistaken for dates.
 */
final class Durations {
    private static final String QUALIFIER = "(about|around|roughly|approximately|nearly|almost|more than|over|at least|less than"
            + "|under|up to|just over|just under|only|some|the past|the last|the next|the first|the coming)";
    private static final Pattern COUNTED = Pattern.compile("(?:" + QUALIFIER + " )?" + COUNT + "[ -]" + UNIT + "(?:-long| long)?");
    private static final Pattern PAST_UNIT = Pattern.compile("(the past|the last|the next|the coming) " + UNIT);
    private static final Pattern PLURAL_UNITS = Pattern.compile("(?:for|over|in) (second|minute|hour|day|week|month|year|decade)s");
    private static final Pattern SET_WORD = Pattern.compile("(daily|nightly|weekly|monthly|quarterly|yearly|annually|hourly)");
    private static final Pattern SET_EVERY = Pattern.compile("(?:every|each) (day|week|month|quarter|year|hour)");

    private Durations() {
    }

    static Optional<Resolution> resolve(String p) {
        Matcher m;
        if ((m = PAST_UNIT.matcher(p)).matches() && !p.endsWith("s")) {
            return duration(code(1, Words.unitOf(m.group(2))), TimexMod.NONE, "a span of one " + m.group(2) + ", not a date");
        }
        if ((m = COUNTED.matcher(p)).matches()) {
            String unit = Words.unitOf(m.group(3));
            OptionalInt n = Words.exactCount(m.group(2));
            String value = n.isPresent() ? code(n.getAsInt(), unit) : code(-1, unit);
            return duration(value, mod(m.group(1)), "a span of time, not a date");
        }
        if ((m = PLURAL_UNITS.matcher(p)).matches()) {
            return duration(code(-1, m.group(1)), TimexMod.NONE, "an unspecified number of " + m.group(1) + "s, not a date");
        }
        if ((m = SET_WORD.matcher(p)).matches()) {
            String value = switch (m.group(1)) {
                case "daily", "nightly" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "quarterly" -> "P3M";
                case "hourly" -> "PT1H";
                default -> "P1Y";
            };
            return set(value);
        }
        if ((m = SET_EVERY.matcher(p)).matches()) {
            return set(code(1, m.group(1)));
        }
        return Optional.empty();
    }

    /** TimeML duration value; an unknown count is X ("PXM" for "a few months"). */
    static String code(int n, String unit) {
        String count = n < 0 ? "X" : String.valueOf(n);
        return switch (unit) {
            case "second" -> "PT" + count + "S";
            case "minute" -> "PT" + count + "M";
            case "hour" -> "PT" + count + "H";
            case "day", "night" -> "P" + count + "D";
            case "week" -> "P" + count + "W";
            case "weekend" -> "P" + count + "WE";
            case "fortnight" -> n < 0 ? "PXW" : "P" + (2 * n) + "W";
            case "month" -> "P" + count + "M";
            case "quarter" -> n < 0 ? "PXQ" : "P" + (3 * n) + "M";
            case "year" -> "P" + count + "Y";
            case "decade" -> "P" + count + "DE";
            default -> "P" + count + "CE";
        };
    }

    private static TimexMod mod(String qualifier) {
        if (qualifier == null) {
            return TimexMod.NONE;
        }
        return switch (qualifier) {
            case "about", "around", "roughly", "approximately", "some" -> TimexMod.APPROX;
            case "more than", "over", "just over" -> TimexMod.MORE_THAN;
            case "less than", "under", "just under", "nearly", "almost" -> TimexMod.LESS_THAN;
            case "at least" -> TimexMod.EQUAL_OR_MORE;
            case "up to" -> TimexMod.EQUAL_OR_LESS;
            default -> TimexMod.NONE;
        };
    }

    private static Optional<Resolution> duration(String value, TimexMod mod, String why) {
        return Optional.of(new Resolution(Timex.undated(value), TimexType.DURATION, mod, why));
    }

    private static Optional<Resolution> set(String value) {
        return Optional.of(new Resolution(Timex.undated(value), TimexType.SET, TimexMod.NONE, "a repetition, not a date"));
    }
}
