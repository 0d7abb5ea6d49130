package org.onrecord.model;

import java.util.Locale;

/** The article fields that can be detected in a file or given by the researcher. */
public enum MetadataField {
    TITLE, OUTLET, AUTHOR, URL, PUBLISHED, LANGUAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MetadataField fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
