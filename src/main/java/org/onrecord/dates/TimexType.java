package org.onrecord.dates;

/** The TimeML TIMEX3 types. Only DATE and TIME belong on a timeline; DURATION and SET never do. */
public enum TimexType {
    DATE, TIME, DURATION, SET;

    public boolean isTimelinePoint() {
        return this == DATE || this == TIME;
    }
}
