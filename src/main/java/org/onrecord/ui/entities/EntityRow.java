package org.onrecord.ui.entities;

import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.ReviewState;

import java.util.Locale;

/** An entity as the list shows it: name, other names, and how often it is mentioned here and in the case. */
public record EntityRow(long id, String name, EntityType type, String aliases, int inArticle, int inCase, boolean suggested) {

    static EntityRow of(Entity e, int inArticle, int inCase) {
        String others = String.join(", ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList());
        return new EntityRow(e.id(), e.name(), e.type(), others, inArticle, inCase,
                e.state() == ReviewState.SUGGESTED);
    }

    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT).strip();
        return name.toLowerCase(Locale.ROOT).contains(f) || aliases.toLowerCase(Locale.ROOT).contains(f);
    }
}
