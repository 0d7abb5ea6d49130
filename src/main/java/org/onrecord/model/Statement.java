package org.onrecord.model;

import java.time.LocalDate;

/**
 * Something someone said: the quoted or reported words as a span, the speaker as an entity and/or
 * a free description, who it was said to, its kind, and when.
 * {@code speakerSpan} and {@code cueSpan} may be null. The {@code with…} methods copy it with one
 * thing changed, so an edit names only what it changes.
 */
public record Statement(long id, long articleId, TextSpan span, String speaker, Long speakerEntityId,
                        TextSpan speakerSpan, TextSpan cueSpan, String via, String kind, boolean direct,
                        LocalDate dateSaid, Origin origin, ReviewState state, AnchorState anchor) {

    public Statement withId(long newId) {
        return new Statement(newId, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, via, kind, direct,
                dateSaid, origin, state, anchor);
    }

    public Statement withSpan(TextSpan newSpan) {
        return new Statement(id, articleId, newSpan, speaker, speakerEntityId, speakerSpan, cueSpan, via, kind, direct,
                dateSaid, origin, state, anchor);
    }

    /** The description and the linked entity together, as a reader names the speaker. */
    public Statement withSpeaker(String newSpeaker, Long newSpeakerEntityId) {
        return new Statement(id, articleId, span, newSpeaker, newSpeakerEntityId, speakerSpan, cueSpan, via, kind, direct,
                dateSaid, origin, state, anchor);
    }

    /** Where the speaker and the cue ("said", "denied") are written; either may be null. */
    public Statement withCues(TextSpan newSpeakerSpan, TextSpan newCueSpan) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, newSpeakerSpan, newCueSpan, via, kind, direct,
                dateSaid, origin, state, anchor);
    }

    public Statement withVia(String newVia) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, newVia, kind, direct,
                dateSaid, origin, state, anchor);
    }

    public Statement withKind(String newKind) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, via, newKind, direct,
                dateSaid, origin, state, anchor);
    }

    public Statement withDirect(boolean newDirect) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, via, kind, newDirect,
                dateSaid, origin, state, anchor);
    }

    public Statement withDateSaid(LocalDate newDateSaid) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, via, kind, direct,
                newDateSaid, origin, state, anchor);
    }

    public Statement withState(ReviewState newState) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, via, kind, direct,
                dateSaid, origin, newState, anchor);
    }

    public Statement withAnchor(AnchorState newAnchor) {
        return new Statement(id, articleId, span, speaker, speakerEntityId, speakerSpan, cueSpan, via, kind, direct,
                dateSaid, origin, state, newAnchor);
    }
}
