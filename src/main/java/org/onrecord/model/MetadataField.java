package org.onrecord.model;

import java.util.Locale;

/** The article fields that can be detected in a file or given by the researcher. */
public enum MetadataField {
    TITLE, OUTLET, AUTHOR, URL, PUBLISHED, LANGUAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field as a reader calls it. */
    public String label() {
        return switch (this) {
            case PUBLISHED -> "publication date";
            case URL -> "web address";
            default -> code();
        };
    }

    public static MetadataField fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
