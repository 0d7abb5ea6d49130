package org.onrecord.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/**
 * Clock times, alone or with a day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon Monday",
 * "7:15 p.m.". TimeML type TIME, value "1998-02-11T22:00"; the timeline still sees the whole day.
 * A time without a day is taken on the publication date, and the explanation says so.
 */
final class ClockTimes {
    private static final String CLOCK = "(?:(\\d{1,2})(?::(\\d{2}))? ?(a\\.?m\\.?|p\\.?m\\.?)|(noon|midday|midnight))(?: [a-z]{1,2}[sd]t| gmt| utc)?";
    private static final Pattern TIME_THEN_DAY = Pattern.compile(CLOCK + "(?:,? (?:on )?(.+))?");
    private static final Pattern DAY_THEN_TIME = Pattern.compile("(.+?),? at " + CLOCK);

    private ClockTimes() {
    }

    /** {@code day} resolves the day part with the resolver's grammar (it may not be a clock time itself). */
    static Optional<Resolution> resolve(String p, LocalDate anchor, Function<String, Optional<Resolution>> day) {
        Matcher m = TIME_THEN_DAY.matcher(p);
        if (m.matches()) {
            return at(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), anchor, day);
        }
        m = DAY_THEN_TIME.matcher(p);
        if (m.matches()) {
            return at(m.group(2), m.group(3), m.group(4), m.group(5), m.group(1), anchor, day);
        }
        return Optional.empty();
    }

    private static Optional<Resolution> at(String hour, String minute, String half, String word, String dayText,
                                           LocalDate anchor, Function<String, Optional<Resolution>> day) {
        String clock = clock(hour, minute, half, word);
        if (clock == null) {
            return Optional.empty();
        }
        if (dayText == null) {
            if (anchor == null) {
                return Optional.empty();
            }
            return Optional.of(time(anchor, clock, "clock time without a day: taken on the publication date"));
        }
        return day.apply(dayText)
                .filter(r -> r.type() == TimexType.DATE && r.date().isExactDay())
                .map(r -> time(r.date().from(), clock, "clock time on " + r.explanation()));
    }

    private static String clock(String hour, String minute, String half, String word) {
        if (word != null) {
            return word.equals("midnight") ? "00:00" : "12:00";
        }
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (h < 1 || h > 12 || min > 59) {
            return null;
        }
        boolean pm = half.startsWith("p");
        int h24 = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        return "%02d:%02d".formatted(h24, min);
    }

    private static Resolution time(LocalDate day, String clock, String why) {
        DateValue value = new DateValue(day + "T" + clock, day, day, DatePrecision.DAY);
        return new Resolution(value, TimexType.TIME, TimexMod.NONE, why);
    }
}
