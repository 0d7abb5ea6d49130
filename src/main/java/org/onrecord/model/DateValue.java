package org.onrecord.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resolved date: the TimeML-style value ("2014-11", "2014-W49", "PAST_REF"), the interval it
 * covers (inclusive, either bound may be open for a vague reference) and its precision.
 */
public record DateValue(String value, LocalDate from, LocalDate to, DatePrecision precision) {
    public DateValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
        }
    }

    public static DateValue day(LocalDate day) {
        return new DateValue(day.toString(), day, day, DatePrecision.DAY);
    }

    public boolean isExactDay() {
        return precision == DatePrecision.DAY && from != null && from.equals(to);
    }
}
