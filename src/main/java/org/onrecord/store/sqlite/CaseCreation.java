package org.onrecord.store.sqlite;

import org.onrecord.files.WriteTrouble;
import org.onrecord.store.StoreException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a new case under a temporary name beside its final one and moves it into place only when
 * every migration has run, so a creation killed at any moment leaves nothing under the
 * researcher's name (only a hidden {@code .NAME.PID-N.creating} file, removed by the next creation
 * once its process is gone).
 */
final class CaseCreation {
    private static final String SUFFIX = ".creating";
    private static final String[] COMPANIONS = {"", "-journal", "-wal", "-shm"};
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Runs the migrations on {@code file}; failures are worded for {@code shownAs}. */
    @FunctionalInterface
    interface Migration {
        void run(Path file, Path shownAs);
    }

    private CaseCreation() {
    }

    /**
     * Builds the case at {@code file}. Without {@code replacing}, a file that appeared there
     * meanwhile (another process made the same case) is kept and {@link FileAlreadyExistsException}
     * thrown; with it, the file there (an unfinished creation) is replaced.
     */
    static void build(Path file, boolean replacing, Migration migration) throws FileAlreadyExistsException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet() + SUFFIX);
        try {
            Files.createDirectories(folder);
            removeLeftovers(target);
            migration.run(temp, file);
            if (replacing) {
                for (String companion : COMPANIONS) {
                    if (!companion.isEmpty()) {
                        Files.deleteIfExists(Path.of(target + companion));
                    }
                }
                moveReplacing(temp, target);
            } else {
                publish(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw WriteTrouble.explain(file, e, "create").map(m -> new StoreException(m, e))
                    .orElseGet(() -> new StoreException(file + ": cannot create the case (" + e.getMessage() + ")", e));
        } finally {
            deleteWithCompanions(temp);
        }
    }

    /** Puts the finished case in place without ever replacing a file there: a hard link is atomic and refuses an existing name. */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException noLinks) {
            // A file system without hard links (FAT, some network shares): a move that checks first.
            Files.move(temp, target);
        }
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the temporary files of creations of this case whose process no longer runs. */
    static void removeLeftovers(Path target) {
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SUFFIX);
        })) {
            for (Path leftover : siblings) {
                String middle = leftover.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - SUFFIX.length());
                String pid = middle.contains("-") ? middle.substring(0, middle.indexOf('-')) : middle;
                boolean running = !pid.isEmpty() && pid.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!running) {
                    deleteWithCompanions(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder only means nothing is cleaned up this time
        }
    }

    private static void deleteWithCompanions(Path file) {
        for (String companion : COMPANIONS) {
            try {
                Files.deleteIfExists(Path.of(file + companion));
            } catch (IOException ignored) {
                // a leftover of a failed creation; the error already reported says what went wrong
            }
        }
    }
}
