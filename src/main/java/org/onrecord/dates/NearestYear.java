package org.onrecord.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;
import org.onrecord.model.DateValue;

/**
 * Picks the year for a date that names none ("Dec. 25", "November", "summer", "the third quarter"):
 * the one whose days lie nearest the publication date, unless the clause's tense puts it clearly
 * before or after. "Set to bow Dec. 25" in a 5 Dec 2014 article is 2014-12-25, not a year back.
 */
final class NearestYear {
    private static final long MAX_DAYS_AWAY = 366;

    private NearestYear() {
    }

    record Choice(DateValue date, String why) {
    }

    /** The choice, or null when no year near the publication date fits (Feb. 29 far from a leap year). */
    static Choice choose(LocalDate anchor, Tense tense, IntFunction<DateValue> inYear) {
        return choose(anchor, tense, inYear, 1);
    }

    /**
     * As {@link #choose(LocalDate, Tense, IntFunction)}, with days ahead counting {@code futureWeight}
     * times: a bare month ("in March") in news is far more often the last one than the next one.
     */
    static Choice choose(LocalDate anchor, Tense tense, IntFunction<DateValue> inYear, int futureWeight) {
        DateValue best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            DateValue candidate = inYear.apply(year);
            if (candidate == null || !allowed(candidate, anchor, tense)) {
                continue;
            }
            long distance = distance(candidate, anchor);
            if (distance > MAX_DAYS_AWAY) {
                continue; // only Feb. 29 can be this far; a year-less date names a day of the coming or past year
            }
            if (candidate.from().isAfter(anchor)) {
                distance *= futureWeight;
            }
            if (distance < bestDistance) { // ties keep the earlier year: news looks back more often than ahead
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) { // Feb. 29 with no leap year near the publication date: no honest answer
            return null;
        }
        String why = switch (tense) {
            case FUTURE -> "looking ahead: took " + best.from().getYear() + ", the next one from the publication date on";
            case PAST -> "looking back: took " + best.from().getYear() + ", the last one up to the publication date";
            case UNKNOWN -> "took " + best.from().getYear() + ", nearest the publication date";
        };
        return new Choice(best, why);
    }

    private static boolean allowed(DateValue candidate, LocalDate anchor, Tense tense) {
        return switch (tense) {
            case FUTURE -> !candidate.to().isBefore(anchor);
            case PAST -> !candidate.from().isAfter(anchor);
            case UNKNOWN -> true;
        };
    }

    static long distance(DateValue candidate, LocalDate anchor) {
        if (anchor.isBefore(candidate.from())) {
            return ChronoUnit.DAYS.between(anchor, candidate.from());
        }
        if (anchor.isAfter(candidate.to())) {
            return ChronoUnit.DAYS.between(candidate.to(), anchor);
        }
        return 0;
    }
}
