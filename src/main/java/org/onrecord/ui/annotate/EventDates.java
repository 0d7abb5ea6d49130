package org.onrecord.ui.annotate;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/** A date as the researcher types it in the window, in the forms the prompt names: no codes. */
public final class EventDates {
    /** What may be typed, in words; the command line's codes (ISO weeks, PAST_REF) stay out of the window. */
    public static final String PROMPT = "New date: a day 2014-11-24, a month 2014-11, a year 2014, or days 2014-11-01/2014-11-20";

    private EventDates() {
    }

    /** The value to start editing from: the date as typed, or empty when it is only known in words (a week, "some time before"). */
    public static String typed(DateValue date) {
        return date == null ? "" : typed(date.value(), date.precision());
    }

    public static String typed(String value, DatePrecision precision) {
        if (value == null || precision == DatePrecision.VAGUE || precision == DatePrecision.WEEK
                || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}-\\d{2}-\\d{2})?")) {
            return "";
        }
        return value;
    }
}
