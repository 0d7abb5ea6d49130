package org.onrecord.dates;

import java.util.Objects;
import org.onrecord.model.DateValue;

/**
 * What a temporal expression means: the normalised value with the days it covers, its TimeML type,
 * the modifier ("late", "more than") and a short explanation a journalist can check the reading by.
 */
public record Resolution(DateValue date, TimexType type, TimexMod mod, String explanation) {
    public Resolution {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(explanation, "explanation");
    }

    public static Resolution date(DateValue date, String explanation) {
        return new Resolution(date, TimexType.DATE, TimexMod.NONE, explanation);
    }

    public String value() {
        return date.value();
    }

    /** DURATION and SET values ("P3D", "P1W") say how long or how often, never when. */
    public boolean belongsOnTimeline() {
        return type.isTimelinePoint();
    }

    Resolution withMod(TimexMod newMod) {
        return new Resolution(date, type, newMod, explanation);
    }

    Resolution withDate(DateValue newDate, String newExplanation) {
        return new Resolution(newDate, type, mod, newExplanation);
    }
}
