package org.onrecord.model;

import java.time.LocalDate;

/**
 * Something someone said: the quoted or reported words as a span, the speaker as an entity and/or
 * a free description, who it was said to, its kind, and when.
 * {@code speakerSpan} and {@code cueSpan} may be null.
 */
public record Statement(long id, long articleId, TextSpan span, String speaker, Long speakerEntityId,
                        TextSpan speakerSpan, TextSpan cueSpan, String via, String kind, boolean direct,
                        LocalDate dateSaid, Origin origin, ReviewState state, AnchorState anchor) {
}
