package org.onrecord.store;

import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.TextSpan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

public interface EntityRepository {
    long add(String name, EntityType type, List<String> aliases, Origin origin, ReviewState state);

    Optional<Entity> find(long id);

    List<Entity> all();

    long addMention(long entityId, long articleId, TextSpan span, Origin origin, ReviewState state);

    List<Mention> mentions();

    List<Mention> mentionsIn(long articleId);

    List<Mention> mentionsOf(long entityId);

    Optional<Mention> findMention(long id);

    /**
     * Writes the entity exactly as given (name, type, aliases in order, origin, state): inserts it
     * under its id, or with a new id when the id is 0, or replaces the row of that id. Returns the id.
     */
    long put(Entity entity);

    /** Removes the entity with its aliases and mentions; statements it spoke lose their speaker entity. */
    void delete(long id);

    /** Like {@link #put(Entity)} for a mention. */
    long putMention(Mention mention);

    void deleteMention(long id);

    /** Why the entity was suggested (null clears it). */
    void setEvidence(long entityId, String evidence);

    Optional<String> evidence(long entityId);

    /** Why the mention was suggested (null clears it). */
    void setMentionEvidence(long mentionId, String evidence);

    Optional<String> mentionEvidence(long mentionId);

    /** The evidence of every entity that has some, by entity id (for exports: one query, not one per row). */
    Map<Long, String> allEvidence();

    /** The evidence of every mention that has some, by mention id. */
    Map<Long, String> allMentionEvidence();

    /** Remembers that {@code nameKey} (a compared form of a name) must never be proposed for the entity again. */
    void refuseName(long entityId, String nameKey);

    /** Takes a refusal back (the undo of an alias removal). */
    void forgetRefusedName(long entityId, String nameKey);

    /** The refused names of every entity. */
    Map<Long, Set<String>> refusedNames();
}
