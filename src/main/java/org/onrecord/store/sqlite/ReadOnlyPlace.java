package org.onrecord.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A case file that cannot be written where it is: on a CD, a USB stick or a share mounted
 * read-only, in a folder without write permission, or a file marked read-only. SQLite opens such a
 * file only when told not to write beside it: {@code immutable=1} (no lock, no {@code -wal} or
 * {@code -shm} made), or {@code mode=ro} when a write-ahead log left beside it holds pages the file
 * alone lacks (immutable would not read them).
 */
final class ReadOnlyPlace {
    private ReadOnlyPlace() {
    }

    /** True for an existing case file that this process cannot write, or whose folder it cannot write in. */
    static boolean isReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            return false;
        }
        Path folder = absolute.getParent();
        return !Files.isWritable(absolute) || (folder != null && !Files.isWritable(folder));
    }

    /** The connection address that reads {@code file} without creating or changing a byte beside it. */
    static String url(Path file) {
        String address = "jdbc:sqlite:" + file.toAbsolutePath().toUri();
        return address + (hasLog(file) ? "?mode=ro" : "?immutable=1");
    }

    private static boolean hasLog(Path file) {
        try {
            Path wal = Path.of(file.toAbsolutePath() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
