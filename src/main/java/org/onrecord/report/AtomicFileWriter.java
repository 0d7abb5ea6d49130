package org.onrecord.report;

import org.onrecord.files.WriteTrouble;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary sibling and moves it into place, so a failure or a cancel
 * never leaves a broken file and never replaces a good one.
 */
public final class AtomicFileWriter {
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * A temporary file is private (0600); the export is not: it gets the permissions of the file it
     * replaces, or rw-r--r-- like a file any editor would save.
     */
    private static void readableLikeAnyNewFile(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static final String TEMP_SUFFIX = ".part";
    /** A writer still at work touches its file all the time; one untouched this long was left by a killed run. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static String tempPrefix(Path absoluteTarget) {
        return "." + absoluteTarget.getFileName() + ".";
    }

    /**
     * Deletes what an earlier write of the same target left when its process was killed: only
     * files of our own pattern (".NAME.DIGITS.part") and only those older than a minute, so a
     * write running beside this one keeps its file.
     */
    static void removeStaleParts(Path absoluteTarget) {
        String prefix = tempPrefix(absoluteTarget);
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(absoluteTarget.getParent(),
                p -> isOurTemp(p.getFileName().toString(), prefix))) {
            for (Path part : siblings) {
                try {
                    if (Files.getLastModifiedTime(part).toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(part);
                    }
                } catch (IOException e) {
                    // someone else's file or already gone: leave it, the export itself matters more
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // an unreadable folder only means nothing is cleaned up this time
        }
    }

    private static boolean isOurTemp(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) return false;
        String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
        return !middle.isEmpty() && middle.chars().allMatch(Character::isDigit);
    }

    /**
     * Writes {@code target}; a failure names the target (never the temporary file) and, for a
     * full disk or a folder that cannot be written to, says what to do.
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            writeThroughTemp(target, content);
        } catch (IOException e) {
            var sentence = WriteTrouble.explain(target.toAbsolutePath(), e, "write");
            if (sentence.isPresent()) {
                throw new IOException(sentence.get(), e);
            }
            throw e;
        }
    }

    private static void writeThroughTemp(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStaleParts(absolute);
        Path temp = Files.createTempFile(dir, tempPrefix(absolute), TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            readableLikeAnyNewFile(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
