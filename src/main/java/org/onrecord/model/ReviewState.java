package org.onrecord.model;

import java.util.Locale;

public enum ReviewState {
    ACCEPTED, SUGGESTED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewState fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
