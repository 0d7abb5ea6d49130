package org.onrecord.service;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads one day as a researcher types it, YYYY-MM-DD, with the one message every place that asks
 * for a day gives (the command line prefixes its option's name).
 */
public final class Days {
    private Days() {
    }

    /** The day, or null when {@code text} is null or blank; IllegalArgumentException when it is not a day. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(notADay(text), e);
        }
    }

    public static String notADay(String text) {
        return "'" + text.strip() + "' is not a day: use YYYY-MM-DD";
    }
}
