package org.onrecord.model;

import java.time.LocalDate;

/**
 * Whether a statement's "said on" day was found to be only the day its article was published
 * ({@code assumed}), with the inputs that answer came from: it answers for the statement only while
 * they are the same.
 */
public record SaidOnCheck(long statementId, LocalDate said, LocalDate published, int start, int end, boolean assumed) {
    public static SaidOnCheck of(Statement statement, LocalDate published, boolean assumed) {
        return new SaidOnCheck(statement.id(), statement.dateSaid(), published, statement.span().start(), statement.span().end(), assumed);
    }

    /** Whether this was decided from what {@code statement} and its publication day are now. */
    public boolean answersFor(Statement statement, LocalDate published) {
        return statement.id() == statementId && statement.dateSaid() != null && statement.dateSaid().equals(said)
                && this.published.equals(published) && statement.span().start() == start && statement.span().end() == end;
    }
}
