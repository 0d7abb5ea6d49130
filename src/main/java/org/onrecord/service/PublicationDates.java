package org.onrecord.service;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.PublicationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** A publication date as a researcher types it: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year). */
public final class PublicationDates {
    public static final String FORMATS = "YYYY-MM-DD, YYYY-MM or YYYY";

    private PublicationDates() {
    }

    /** The date, or IllegalArgumentException naming the text and the accepted forms. */
    public static PublicationDate parse(String text) {
        String v = text == null ? "" : text.strip();
        try {
            if (v.matches("\\d{4}")) {
                return new PublicationDate(LocalDate.of(Integer.parseInt(v), 1, 1), DatePrecision.YEAR);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return new PublicationDate(YearMonth.parse(v).atDay(1), DatePrecision.MONTH);
            }
            return PublicationDate.day(LocalDate.parse(v));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use " + FORMATS, e);
        }
    }
}
