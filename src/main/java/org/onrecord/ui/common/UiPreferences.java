package org.onrecord.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Per-user settings (window, layout, recent cases); a memory-only implementation serves tests. */
public interface UiPreferences {
    String get(String key, String fallback);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    default boolean getBoolean(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }

    default void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    default List<String> getList(String key) {
        String raw = get(key, "");
        List<String> values = new ArrayList<>();
        for (String v : raw.split("\n")) {
            if (!v.isBlank()) {
                values.add(v);
            }
        }
        return values;
    }

    default void putList(String key, List<String> values) {
        put(key, String.join("\n", values));
    }
}
