package org.onrecord.model;

/**
 * A dated happening anchored to the expression it was read from. {@code dateFixed} is true when
 * the researcher set the date by hand, so re-resolving against a new publication date leaves it.
 */
public record Event(long id, long articleId, TextSpan span, DateValue date, String description,
                    boolean dateFixed, Origin origin, ReviewState state, AnchorState anchor) {
}
