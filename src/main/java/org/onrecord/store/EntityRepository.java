package org.onrecord.store;

import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.TextSpan;

import java.util.List;
import java.util.Optional;

public interface EntityRepository {
    long add(String name, EntityType type, List<String> aliases, Origin origin, ReviewState state);

    Optional<Entity> find(long id);

    List<Entity> all();

    long addMention(long entityId, long articleId, TextSpan span, Origin origin, ReviewState state);

    List<Mention> mentions();

    List<Mention> mentionsIn(long articleId);
}
