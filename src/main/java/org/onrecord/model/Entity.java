package org.onrecord.model;

import java.util.List;

/** A person, organisation, place or work, with the other names it goes by. */
public record Entity(long id, String name, EntityType type, List<String> aliases,
                     Origin origin, ReviewState state) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
