package org.onrecord.dates;

/** Which side of the publication date the sentence points to, if it says so at all. */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
