package org.onrecord.dates;

/** TimeML's {@code mod} attribute: what a modifier says about the value without changing it. */
public enum TimexMod {
    NONE, START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS
}
