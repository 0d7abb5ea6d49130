package org.onrecord.ui.common;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in the user's Java preferences (~/.java on Linux). */
public final class JavaUiPreferences implements UiPreferences {
    private final Preferences node = Preferences.userRoot().node("org/onrecord/workbench");

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // Layout is a convenience: losing it must never disturb the researcher's work.
        }
    }
}
