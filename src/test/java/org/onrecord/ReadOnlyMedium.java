package org.onrecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Makes a folder or one file read-only for real, as a CD, a locked USB stick or a colleague's
 * share is. As root (CI containers) file permissions do not stop a write, so a tmpfs is mounted
 * and remounted read-only, or one file is bind-mounted read-only over itself; as any other user
 * the permissions are taken away. Where neither works the test is skipped with the reason.
 */
public final class ReadOnlyMedium implements AutoCloseable {
    private final List<String[]> undo = new ArrayList<>();

    private ReadOnlyMedium() {
    }

    public static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            return new String(id.getInputStream().readAllBytes(), UTF_8).strip().equals("0") && id.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A folder to fill, then {@link #lockFolder} — as root a tmpfs mounted on it (skipped where it
     * cannot be mounted); otherwise a plain folder.
     */
    public static ReadOnlyMedium folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        ReadOnlyMedium medium = new ReadOnlyMedium();
        if (isRoot()) {
            Optional<String> problem = run("mount", "-t", "tmpfs", "-o", "size=16m,mode=0755", "onrecord-ro", folder.toString());
            assumeTrue(problem.isEmpty(), () -> "running as root, where permissions do not stop writes, and a tmpfs cannot be mounted"
                    + " to remount read-only: " + problem.orElse(""));
            medium.undo.add(new String[] {"umount", "-l", folder.toString()});
        }
        return medium;
    }

    /** Makes the folder and everything in it read-only (remounted, or permissions taken away). */
    public void lockFolder(Path folder) throws IOException {
        if (isRoot()) {
            run("mount", "-o", "remount,ro", folder.toString()).ifPresent(p -> {
                throw new IllegalStateException("cannot remount read-only: " + p);
            });
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        undo.add(new String[] {"chmod", "-R", "u+w", folder.toString()});
    }

    /** One file made read-only while its folder stays writable (a file marked read-only, or read-only on a share). */
    public static ReadOnlyMedium lockFile(Path file) throws IOException {
        ReadOnlyMedium medium = new ReadOnlyMedium();
        if (isRoot()) {
            Optional<String> bind = run("mount", "--bind", file.toString(), file.toString());
            assumeTrue(bind.isEmpty(), () -> "running as root, where permissions do not stop writes, and a read-only bind mount is not allowed: " + bind.orElse(""));
            medium.undo.add(new String[] {"umount", "-l", file.toString()});
            Optional<String> ro = run("mount", "-o", "remount,ro,bind", file.toString());
            assumeTrue(ro.isEmpty(), () -> "cannot remount the bind read-only: " + ro.orElse(""));
        } else {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            medium.undo.add(new String[] {"chmod", "u+w", file.toString()});
        }
        assumeTrue(!Files.isWritable(file), "the file is still writable after locking it");
        return medium;
    }

    @Override
    public void close() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            run(undo.get(i));
        }
    }

    /** Runs a system command; empty when it succeeded, else what it said. */
    private static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("timed out");
            }
            return p.exitValue() == 0 ? Optional.empty() : Optional.of(said.strip());
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
