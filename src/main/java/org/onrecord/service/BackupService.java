package org.onrecord.service;

import org.onrecord.store.CaseCounts;
import org.onrecord.store.CaseFiles;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.NotACaseException;
import org.onrecord.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backups of cases, shared by the command line and the window: consistent copies taken with
 * SQLite's online backup (safe while the case is open, here or in another process), rolling
 * automatic ones kept per case in the user data folder, and restoring a copy after keeping one of
 * the current state, so a restore can itself be taken back.
 */
public final class BackupService {
    public static final String AUTOMATIC = "automatic";
    public static final String BEFORE_UPGRADE = "before-upgrade";
    public static final String BEFORE_RESTORE = "before-restore";
    public static final String BY_HAND = "by-hand";
    /** A copy offered for restoring is checked in full; this bounds it for a very large file. */
    private static final Duration FULL_CHECK = Duration.ofMinutes(5);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final CaseFiles files;
    private final Path root;
    private final BackupPolicy policy;
    private final Clock clock;

    public BackupService(CaseFiles files, Path root, BackupPolicy policy, Clock clock) {
        this.files = files;
        this.root = root;
        this.policy = policy;
        this.clock = clock;
    }

    public BackupPolicy policy() {
        return policy;
    }

    /** The folder of this case's backups: its name, and a hash of its full path so two cases of one name stay apart. */
    public Path folderOf(Path caseFile) {
        String absolute = caseFile.toAbsolutePath().normalize().toString();
        String name = caseFile.getFileName().toString();
        if (name.endsWith(CaseService.EXTENSION)) {
            name = name.substring(0, name.length() - CaseService.EXTENSION.length());
        }
        String safe = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        return root.resolve(safe + "-" + ContentHash.sha256(absolute.getBytes(StandardCharsets.UTF_8)).substring(0, 10));
    }

    /** Takes a backup now and drops the oldest beyond the number kept. */
    public Backup backUp(Path caseFile, String reason) {
        Backup taken = take(caseFile, reason);
        prune(caseFile);
        return taken;
    }

    /** The automatic backup on open: taken when the newest is older than the policy allows and the case changed since. */
    public Optional<Backup> backUpIfDue(Path caseFile) {
        if (!Files.exists(caseFile)) {
            return Optional.empty();
        }
        Optional<Backup> newest = list(caseFile, false).stream().findFirst();
        if (newest.isPresent()) {
            Instant last = newest.get().taken();
            boolean recent = last.plus(policy.every()).isAfter(clock.instant());
            if (recent || !changedSince(caseFile, last)) {
                return Optional.empty();
            }
        }
        return Optional.of(backUp(caseFile, AUTOMATIC));
    }

    /** Before a schema upgrade rewrites the case in place: always, whatever the age of the last one. */
    public Optional<Backup> backUpBeforeUpgrade(Path caseFile) {
        if (!files.needsUpgrade(caseFile)) {
            return Optional.empty();
        }
        return Optional.of(backUp(caseFile, BEFORE_UPGRADE));
    }

    /** A consistent copy of the case at {@code target} (File › Save a copy…, {@code onrecord backup --out}). */
    public void saveCopy(Path caseFile, Path target) {
        if (same(caseFile, target)) {
            throw new StoreException(target + ": is the case itself; choose another file for the copy");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + clock.millis() + ".part");
        try {
            Files.createDirectories(folder);
            files.copy(caseFile, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(target + ": cannot write the copy there (" + e.getMessage() + "); choose another folder", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** This case's backups, newest first, with their size and what they hold. */
    public List<Backup> list(Path caseFile) {
        return list(caseFile, true);
    }

    /**
     * Puts {@code copy} back as the case's content. The copy must be a healthy Onrecord case; the
     * current state is kept as a backup first (returned), so the restore can be undone by restoring that.
     */
    public Backup restore(Path caseFile, Path copy) {
        if (same(caseFile, copy)) {
            throw new StoreException(copy + ": is the case itself; choose a backup or a copy of it");
        }
        if (!Files.isRegularFile(copy)) {
            throw new NotACaseException(copy, "does not exist; nothing was restored");
        }
        files.needsUpgrade(copy); // a copy that is not an Onrecord case (or from a newer one) is refused here
        CaseHealth health = files.check(copy, FULL_CHECK);
        if (health.state() != CaseHealth.State.HEALTHY) {
            throw new StoreException(copy + (health.isDamaged() ? " is damaged itself" : " could not be checked"
                    + (health.findings().isEmpty() ? " in time" : " (" + health.findings().getFirst() + ")"))
                    + ", so nothing was restored; choose another backup.");
        }
        Backup before = Files.exists(caseFile) ? keepCurrent(caseFile) : null;
        files.restore(caseFile, copy);
        prune(caseFile);
        return before;
    }

    /** The current state, copied page by page; a file too damaged for SQLite to copy is copied byte for byte. */
    private Backup keepCurrent(Path caseFile) {
        try {
            return take(caseFile, BEFORE_RESTORE);
        } catch (StoreException e) {
            Path target = nextName(caseFile, BEFORE_RESTORE);
            try {
                Files.copy(caseFile, target);
                Path wal = Path.of(caseFile + "-wal");
                if (Files.exists(wal)) {
                    Files.copy(wal, Path.of(target + "-wal"));
                }
            } catch (IOException io) {
                io.addSuppressed(e);
                throw new StoreException(caseFile + ": cannot keep a copy of the current state in " + target.getParent()
                        + " (" + io.getMessage() + "), so nothing was restored", io);
            }
            return describe(target);
        }
    }

    private Backup take(Path caseFile, String reason) {
        Path target = nextName(caseFile, reason);
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            files.copy(caseFile, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(caseFile + ": cannot write a backup in " + target.getParent() + " (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temp);
        }
        return describe(target);
    }

    private Path nextName(Path caseFile, String reason) {
        Path folder = folderOf(caseFile);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create the backup folder (" + e.getMessage() + ")", e);
        }
        Instant now = clock.instant();
        Path target;
        do {
            target = folder.resolve(STAMP.format(now) + "-" + reason + CaseService.EXTENSION);
            now = now.plusMillis(1);
        } while (Files.exists(target));
        return target;
    }

    private void prune(Path caseFile) {
        List<Backup> all = list(caseFile, false);
        for (Backup old : all.subList(Math.min(policy.keep(), all.size()), all.size())) {
            deleteQuietly(old.file());
            deleteQuietly(Path.of(old.file() + "-wal"));
        }
    }

    private List<Backup> list(Path caseFile, boolean withCounts) {
        Path folder = folderOf(caseFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(CaseService.EXTENSION)) {
                    continue;
                }
                stamp(name).ifPresent(taken -> found.add(withCounts ? describe(p)
                        : new Backup(p, taken, reasonOf(name), 0, -1, -1)));
            }
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot list the backups (" + e.getMessage() + ")", e);
        }
        found.sort(Comparator.comparing(Backup::taken).reversed());
        return found;
    }

    private Backup describe(Path file) {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        CaseCounts counts = files.counts(file);
        return new Backup(file, stamp(name).orElse(Instant.EPOCH), reasonOf(name), size, counts.articles(), counts.statements());
    }

    private static Optional<Instant> stamp(String name) {
        int dash = name.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.substring(0, dash))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String reasonOf(String name) {
        int dash = name.indexOf('-');
        return name.substring(dash + 1, name.length() - CaseService.EXTENSION.length());
    }

    private static boolean changedSince(Path caseFile, Instant when) {
        try {
            Instant modified = Files.getLastModifiedTime(caseFile).toInstant();
            Path wal = Path.of(caseFile + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) { // an empty WAL is only a reader having looked
                Instant walModified = Files.getLastModifiedTime(wal).toInstant();
                modified = walModified.isAfter(modified) ? walModified : modified;
            }
            return modified.isAfter(when);
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file; the next backup uses another name.
        }
    }
}
