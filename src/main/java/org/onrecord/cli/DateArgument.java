package org.onrecord.cli;

import org.onrecord.model.PublicationDate;
import org.onrecord.service.PublicationDates;
import picocli.CommandLine;

/** Reads a publication date as given: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year). */
final class DateArgument implements CommandLine.ITypeConverter<PublicationDate> {
    @Override
    public PublicationDate convert(String value) {
        try {
            return PublicationDates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
