package org.onrecord.model;

import java.time.LocalDate;

/**
 * Whether a statement's "said on" day was found to be only the day its article was published
 * ({@code assumed}), with the inputs that answer came from, the version of the rule that decided it
 * among them: it answers for the statement only while they are the same.
 */
public record SaidOnCheck(long statementId, LocalDate said, LocalDate published, int start, int end, boolean assumed, int rule) {
    public static SaidOnCheck of(Statement statement, LocalDate published, boolean assumed, int rule) {
        return new SaidOnCheck(statement.id(), statement.dateSaid(), published, statement.span().start(), statement.span().end(), assumed,
                rule);
    }

    /** Whether this was decided by {@code rule} from what {@code statement} and its publication day are now. */
    public boolean answersFor(Statement statement, LocalDate published, int rule) {
        return statement.id() == statementId && statement.dateSaid() != null && statement.dateSaid().equals(said)
                && this.published.equals(published) && statement.span().start() == start && statement.span().end() == end
                && this.rule == rule;
    }
}
