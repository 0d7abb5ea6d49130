package org.onrecord.model;

import java.util.Locale;

/** Who made an annotation. A suggestion never overwrites a researcher's decision. */
public enum Origin {
    RESEARCHER, SUGGESTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
