package org.onrecord.model;

import java.time.LocalDate;
import java.util.Objects;

/** An article's publication date, as precise as the source allows. */
public record PublicationDate(LocalDate date, DatePrecision precision) {
    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    public static PublicationDate day(LocalDate date) {
        return new PublicationDate(date, DatePrecision.DAY);
    }
}
