package org.onrecord.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the program that holds a case's write lock, for the message when a write waited in vain.
 * SQLite's locks are POSIX record locks: in WAL mode the writer holds byte 120 of the
 * {@code -shm} file; Linux lists every lock, with its process, in {@code /proc/locks}. Elsewhere
 * (or when the holder cannot be found) the message stays general.
 */
final class CaseHolder {
    /** WAL_WRITE_LOCK in SQLite's shared-memory file. */
    private static final long WAL_WRITE_LOCK_BYTE = 120;

    private CaseHolder() {
    }

    static String describe(Path file) {
        return holder(file).map(CaseHolder::program).orElse("another Onrecord window or command");
    }

    private static Optional<Long> holder(Path file) {
        try {
            Path shm = Path.of(file.toAbsolutePath() + "-shm");
            Path locks = Path.of("/proc/locks");
            if (!Files.exists(shm) || !Files.isReadable(locks)) {
                return Optional.empty();
            }
            String inode = String.valueOf(Files.getAttribute(shm, "unix:ino"));
            for (String line : Files.readAllLines(locks)) {
                // "3: POSIX  ADVISORY  WRITE 12345 00:2f:1234 120 120" (a waiting request has "->" after the number)
                List<String> f = List.of(line.trim().split("\\s+"));
                if (f.size() >= 8 && f.get(1).equals("POSIX") && f.get(3).equals("WRITE") && f.get(5).endsWith(":" + inode)
                        && Long.parseLong(f.get(6)) <= WAL_WRITE_LOCK_BYTE && endOf(f.get(7)) >= WAL_WRITE_LOCK_BYTE) {
                    return Optional.of(Long.parseLong(f.get(4)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the lock table changed under us: fall back to the general wording
        }
        return Optional.empty();
    }

    private static long endOf(String field) {
        return field.equals("EOF") ? Long.MAX_VALUE : Long.parseLong(field);
    }

    /** "another window or task of this Onrecord", or "process 1234 (onrecord analyze)". */
    private static String program(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return "another window or task of this Onrecord";
        }
        return "process " + pid + commandLine(pid).map(c -> " (" + c + ")").orElse("");
    }

    /** What the process was started as: "onrecord import" for ours, else its program's name. */
    private static Optional<String> commandLine(long pid) {
        try {
            String[] args = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0");
            for (int i = 0; i < args.length - 1; i++) {
                if (args[i].equals("org.onrecord.Launcher") || args[i].endsWith("onrecord.jar")) {
                    return Optional.of("onrecord " + args[i + 1]);
                }
            }
            String program = Path.of(args[0]).getFileName().toString();
            if (program.toLowerCase(Locale.ROOT).contains("onrecord")) {
                return Optional.of(args.length > 1 ? "onrecord " + args[1] : "the Onrecord window");
            }
            return Optional.of(program);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
