package org.onrecord.model;

import java.util.List;

/** A person, organisation, place or work, with the other names it goes by. */
public record Entity(long id, String name, EntityType type, List<String> aliases,
                     Origin origin, ReviewState state) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    public Entity withId(long newId) {
        return new Entity(newId, name, type, aliases, origin, state);
    }

    public Entity withAliases(List<String> newAliases) {
        return new Entity(id, name, type, newAliases, origin, state);
    }

    /** Accepted, rejected, or back to review. */
    public Entity withState(ReviewState newState) {
        return new Entity(id, name, type, aliases, origin, newState);
    }

    /** True when {@code text} is its name or one of its aliases, as {@link EntityNames#same} compares names. */
    public boolean goesBy(String text) {
        return EntityNames.same(name, text) || aliases.stream().anyMatch(a -> EntityNames.same(a, text));
    }
}
