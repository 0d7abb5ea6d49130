package org.onrecord.service;

import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.util.Optional;

/** A placeholder {@link DateProposer}: recognises only ISO dates written out (YYYY-MM-DD, YYYY-MM, YYYY). */
public final class IsoDateProposer implements DateProposer {
    @Override
    public Optional<DateValue> propose(String expression, LocalDate publication) {
        if (expression == null) {
            return Optional.empty();
        }
        String e = expression.strip();
        if (!e.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateValues.parse(e, null, null));
        } catch (IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }
}
