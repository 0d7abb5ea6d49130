package org.onrecord.model;

/** Where an entity is named in an article. */
public record Mention(long id, long entityId, long articleId, TextSpan span,
                      Origin origin, ReviewState state, AnchorState anchor) {

    public Mention withId(long newId) {
        return new Mention(newId, entityId, articleId, span, origin, state, anchor);
    }

    public Mention withEntity(long newEntityId) {
        return new Mention(id, newEntityId, articleId, span, origin, state, anchor);
    }

    /** Accepted, rejected, or back to review. */
    public Mention withState(ReviewState newState) {
        return new Mention(id, entityId, articleId, span, origin, newState, anchor);
    }

    /** Where its words now are, and how surely they were found there. */
    public Mention withSpan(TextSpan newSpan, AnchorState newAnchor) {
        return new Mention(id, entityId, articleId, newSpan, origin, state, newAnchor);
    }
}
