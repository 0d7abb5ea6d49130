package org.onrecord.app;

import org.onrecord.dates.DateResolver;
import org.onrecord.model.DateValue;
import org.onrecord.service.DateProposer;

import java.time.LocalDate;
import java.util.Optional;

/** Plugs the date resolver into the services: "last month" + publication date → 2014-11, a month. */
final class ResolvingDateProposer implements DateProposer {
    private final DateResolver resolver = new DateResolver();

    @Override
    public Optional<DateValue> propose(String expression, LocalDate publication) {
        return resolver.resolve(expression, publication).map(r -> r.date());
    }
}
