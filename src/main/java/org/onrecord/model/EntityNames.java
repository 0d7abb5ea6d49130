package org.onrecord.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * When two names are the same name, decided here only: ignoring case and the space around them,
 * so "north korea " typed in the CLI, the statement table or a service finds the same entity.
 */
public final class EntityNames {
    private EntityNames() {
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    /** The first entity named or aliased {@code text}; empty for a blank text. */
    public static Optional<Entity> find(Collection<Entity> entities, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return entities.stream().filter(e -> e.goesBy(text)).findFirst();
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
