package org.onrecord.model;

import java.util.Locale;

/** How much a date really says: a day is not a month is not "a few months ago". */
public enum DatePrecision {
    DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, VAGUE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
