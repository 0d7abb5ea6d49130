package org.onrecord.model;

/**
 * A dated happening anchored to the expression it was read from. {@code dateFixed} is true when
 * the researcher set the date by hand, so re-resolving against a new publication date leaves it.
 */
public record Event(long id, long articleId, TextSpan span, DateValue date, String description,
                    boolean dateFixed, Origin origin, ReviewState state, AnchorState anchor) {

    public Event withId(long newId) {
        return new Event(newId, articleId, span, date, description, dateFixed, origin, state, anchor);
    }

    /** A proposed date, not fixed: a later publication date may re-resolve it. */
    public Event withProposedDate(DateValue newDate) {
        return new Event(id, articleId, span, newDate, description, false, origin, state, anchor);
    }

    public Event withDate(DateValue newDate) {
        return new Event(id, articleId, span, newDate, description, dateFixed, origin, state, anchor);
    }

    /** A date the researcher gave: a new publication date leaves it. */
    public Event withFixedDate(DateValue newDate) {
        return new Event(id, articleId, span, newDate, description, true, origin, state, anchor);
    }

    public Event withDescription(String newDescription) {
        return new Event(id, articleId, span, date, newDescription, dateFixed, origin, state, anchor);
    }

    public Event withState(ReviewState newState) {
        return new Event(id, articleId, span, date, description, dateFixed, origin, newState, anchor);
    }

    /** Where its words now are, and how surely they were found there. */
    public Event withSpan(TextSpan newSpan, AnchorState newAnchor) {
        return new Event(id, articleId, newSpan, date, description, dateFixed, origin, state, newAnchor);
    }
}
