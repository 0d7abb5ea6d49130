package org.onrecord.service;

import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a date expression ("Nov. 24", "last month") against an article's publication date. The
 * full resolver lives in {@code org.onrecord.dates}; until it is wired in, {@link IsoDateProposer}
 * stands in. {@code publication} may be null when the article has no date.
 */
@FunctionalInterface
public interface DateProposer {
    Optional<DateValue> propose(String expression, LocalDate publication);
}
