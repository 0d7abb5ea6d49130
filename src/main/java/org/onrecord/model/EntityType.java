package org.onrecord.model;

import java.util.Locale;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, WORK, OTHER;

    public static EntityType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
