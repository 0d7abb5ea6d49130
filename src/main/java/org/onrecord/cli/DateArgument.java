package org.onrecord.cli;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.PublicationDate;
import picocli.CommandLine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads a publication date as given: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year). */
final class DateArgument implements CommandLine.ITypeConverter<PublicationDate> {
    @Override
    public PublicationDate convert(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                return new PublicationDate(LocalDate.of(Integer.parseInt(v), 1, 1), DatePrecision.YEAR);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return new PublicationDate(YearMonth.parse(v).atDay(1), DatePrecision.MONTH);
            }
            return PublicationDate.day(LocalDate.parse(v));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
