package org.onrecord.model;

import java.util.Locale;

/** What kind of thing an entity is; {@link #label()} is how the window and the report name it. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organisation"), LOCATION("Place"), WORK("Work"), OTHER("Other");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The type in plain words ("Place", not LOCATION). */
    public String label() {
        return label;
    }

    public static EntityType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
