package org.onrecord.model;

import java.time.Instant;

/** A researcher's memo on an article, entity or statement. */
public record Note(long id, NoteTarget target, long targetId, String text, Instant created) {
    public enum NoteTarget { ARTICLE, ENTITY, STATEMENT, EVENT }
}
