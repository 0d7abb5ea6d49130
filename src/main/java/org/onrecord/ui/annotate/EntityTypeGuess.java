package org.onrecord.ui.annotate;

import org.onrecord.model.EntityType;

import java.util.Locale;
import java.util.Set;

/** A first guess at a new entity's type from its words, used only before the researcher has chosen any type. */
final class EntityTypeGuess {
    private static final Set<String> ORGANISATION_WORDS = Set.of("union", "council", "ministry", "company", "agency", "party",
            "shipping", "inc", "ltd", "corp", "bank", "group", "gazette", "news", "times", "police", "court", "committee",
            "department", "office", "association", "university", "government", "army", "press", "radio");
    private static final Set<String> PLACE_WORDS = Set.of("city", "quay", "port", "street", "river", "harbour", "square",
            "hall", "island", "county", "province", "bay", "lake", "mount");

    private EntityTypeGuess() {
    }

    static EntityType of(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (ORGANISATION_WORDS.contains(w)) {
                return EntityType.ORGANIZATION;
            }
            if (PLACE_WORDS.contains(w)) {
                return EntityType.LOCATION;
            }
        }
        return words.strip().chars().anyMatch(Character::isUpperCase) ? EntityType.PERSON : EntityType.OTHER;
    }
}
