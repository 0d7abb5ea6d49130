package org.onrecord.model;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * How a statement's speaker is named, decided here only, so the statement table, the report, the
 * CSV, HTML and REFI-QDA exports and the command line's list never name two different speakers for
 * the same statement.
 */
public final class SpeakerName {
    private SpeakerName() {
    }

    /**
     * The name a researcher reads: the linked speaker entity's current name, else the description
     * typed for a speaker who is no entity ("an unidentified diplomat"), else none. The entity wins
     * because the researcher linked it on purpose, renames and merges it to fix how the case names
     * that speaker, and the report groups statements by it; the description kept beside the link is
     * often a copy of the entity's name when it was linked, and goes stale after a rename.
     */
    public static Optional<String> of(Statement s, LongFunction<Optional<Entity>> entity) {
        if (s.speakerEntityId() != null) {
            Optional<String> name = entity.apply(s.speakerEntityId()).map(Entity::name).filter(n -> !n.isBlank());
            if (name.isPresent()) {
                return name;
            }
        }
        return description(s);
    }

    public static Optional<String> of(Statement s, Map<Long, Entity> entities) {
        return of(s, id -> Optional.ofNullable(entities.get(id)));
    }

    /**
     * The JSON export's {@code speaker}: by its contract ({@code shared/eval/README.md}) the free
     * text as a reader of the article names the speaker, with the link given apart in
     * {@code speaker_entity}. So the description as written wins here, and the entity's current
     * name stands in only when nothing was written; null when the statement names nobody.
     */
    public static String asWritten(Statement s, LongFunction<Optional<Entity>> entity) {
        Optional<String> written = description(s);
        if (written.isPresent() || s.speakerEntityId() == null) {
            return written.orElse(null);
        }
        return entity.apply(s.speakerEntityId()).map(Entity::name).filter(n -> !n.isBlank()).orElse(null);
    }

    private static Optional<String> description(Statement s) {
        return Optional.ofNullable(s.speaker()).map(String::strip).filter(d -> !d.isEmpty());
    }
}
