package org.onrecord.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last cases opened, newest first, as kept in the preferences. */
public final class RecentCases {
    private static final String KEY = "recentCases";
    private static final int LIMIT = 10;

    private final UiPreferences preferences;

    public RecentCases(UiPreferences preferences) {
        this.preferences = preferences;
    }

    public List<Path> list() {
        return preferences.getList(KEY).stream().map(Path::of).filter(Files::exists).toList();
    }

    public void opened(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        List<String> paths = new ArrayList<>(preferences.getList(KEY));
        paths.remove(path);
        paths.addFirst(path);
        while (paths.size() > LIMIT) {
            paths.removeLast();
        }
        preferences.putList(KEY, paths);
    }

    public Path last() {
        List<Path> cases = list();
        return cases.isEmpty() ? null : cases.getFirst();
    }
}
