package org.onrecord.cli;

import org.onrecord.service.Days;
import picocli.CommandLine;

import java.time.LocalDate;

/** Reads one day, YYYY-MM-DD, with a plain message when it is not one. */
final class DayArgument implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        if (value.isBlank()) {
            throw new CommandLine.TypeConversionException(Days.notADay(value));
        }
        try {
            return Days.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
