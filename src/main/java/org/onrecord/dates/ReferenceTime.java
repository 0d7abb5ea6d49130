package org.onrecord.dates;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/**
 * The times a news text has last talked about, as it is read from the start: the last calendar
 * quarter named ("the third quarter") and the last exact point (a day, month or year). TimeML
 * resolves anaphoric expressions against them rather than the publication date: "revenue rose
 * from $2 million a year earlier" after "third-quarter net" is the third quarter a year back, and
 * "the following year" after "in 1995" is 1996.
 */
public record ReferenceTime(DateValue quarter, DateValue point) {
    public static final ReferenceTime NONE = new ReferenceTime(null, null);

    /** The reference times once {@code said} has been read (durations, sets and vague references move nothing). */
    public ReferenceTime after(Resolution said) {
        DateValue d = said.date();
        if (said.type() == TimexType.DURATION) {
            return new ReferenceTime(null, point); // "in the first nine months": the quarter is no longer what is compared
        }
        if (!said.belongsOnTimeline() || d.precision() == DatePrecision.VAGUE || d.from() == null) {
            return this;
        }
        boolean calendarQuarter = d.precision() == DatePrecision.QUARTER && d.value().contains("-Q");
        return new ReferenceTime(calendarQuarter ? d : quarter, d);
    }
}
