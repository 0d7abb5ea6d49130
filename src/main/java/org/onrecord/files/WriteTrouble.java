package org.onrecord.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the two reasons a write fails that a researcher can fix — a full disk and a folder
 * that cannot be written to — whatever layer noticed them (SQLite, an export, a case being made),
 * and says so in one sentence naming the file. Anything else is left to the caller.
 */
public final class WriteTrouble {
    /** Below this much free space a failed write is taken to be the full disk, whatever error it came as. */
    static final long NEARLY_FULL = 256 * 1024;

    private WriteTrouble() {
    }

    public enum Kind { DISK_FULL, READ_ONLY }

    /** Why writing {@code target} failed, when the cause is one the researcher can fix. */
    public static Optional<Kind> of(Path target, Throwable error) {
        String text = allMessages(error).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("sqlite_full") || text.contains("disk is full")
                || text.contains("disk quota")) {
            return Optional.of(Kind.DISK_FULL);
        }
        Path folder = folderOf(target);
        if (text.contains("read-only file system") || text.contains("sqlite_readonly") || hasAccessDenied(error)
                || ((text.contains("sqlite_cantopen") || text.contains("unable to open")) && !Files.isWritable(folder))) {
            return Optional.of(Kind.READ_ONLY);
        }
        if (text.contains("sqlite_ioerr") || text.contains("i/o error") || text.contains("sqlite_cantopen")) {
            return usableBytes(folder) < NEARLY_FULL ? Optional.of(Kind.DISK_FULL) : Optional.empty();
        }
        return Optional.empty();
    }

    /** One sentence for the researcher: {@code target}, what went wrong and what to do; empty when it is something else. */
    public static Optional<String> explain(Path target, Throwable error, String doing) {
        return of(target, error).map(kind -> sentence(kind, target, doing));
    }

    public static String sentence(Kind kind, Path target, String doing) {
        Path folder = folderOf(target);
        return switch (kind) {
            case DISK_FULL -> "Cannot " + doing + " " + target + ": the disk is full (" + describeFree(folder)
                    + "); free some space, or choose a folder on another disk, and try again.";
            case READ_ONLY -> "Cannot " + doing + " " + target + ": the folder " + folder
                    + " cannot be written to (it is read-only, or you lack permission); use a folder you can write to.";
        };
    }

    private static boolean hasAccessDenied(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    private static String allMessages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
            for (Throwable s : t.getSuppressed()) {
                all.append(s.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    static Path folderOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return Files.isDirectory(absolute) || absolute.getParent() == null ? absolute : absolute.getParent();
    }

    private static long usableBytes(Path folder) {
        try {
            return Files.getFileStore(existing(folder)).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Path existing(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder : p;
    }

    private static String describeFree(Path folder) {
        try {
            FileStore store = Files.getFileStore(existing(folder));
            long free = store.getUsableSpace();
            return free < 1024 * 1024 ? (free / 1024) + " KB free" : (free / (1024 * 1024)) + " MB free";
        } catch (IOException | RuntimeException e) {
            return "no space left";
        }
    }
}
