package org.onrecord.ui.common;

import java.util.HashMap;
import java.util.Map;

/** Settings kept in memory only: tests, and a first run that must not touch the user's files. */
public final class MemoryUiPreferences implements UiPreferences {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
