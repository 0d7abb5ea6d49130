package org.onrecord.ui.timeline;

import java.util.Locale;

/** The unit the axis is ticked in at the current zoom. */
public enum TimeScale {
    DAYS, WEEKS, MONTHS, YEARS, DECADES;

    /** "weeks", as in "Scale: weeks". */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
