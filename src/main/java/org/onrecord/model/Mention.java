package org.onrecord.model;

/** Where an entity is named in an article. */
public record Mention(long id, long entityId, long articleId, TextSpan span,
                      Origin origin, ReviewState state, AnchorState anchor) {
}
