package org.onrecord.service;

import org.onrecord.store.CaseFiles;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NotACaseException;
import org.onrecord.store.StoreException;
import org.onrecord.store.sqlite.SqliteCaseFiles;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens and creates case files; the only place that knows which storage implementation is used.
 * The command line and the window open a case as an {@link OpenCase} (its store, its undo history
 * and the services bound to it); the bare store is for tools that write rows in bulk (benchmarks).
 * With backups wired in, a case is copied before its schema is upgraded in place, and the
 * openings meant for work ({@link #openForWriting}, {@link #openChecked}) check its integrity first
 * and take the automatic backup when one is due.
 */
public final class CaseService {
    public static final String EXTENSION = ".onrecord";
    /** How long a command that writes may spend on the integrity check before it goes on unchecked. */
    public static final Duration COMMAND_CHECK = Duration.ofSeconds(30);

    private final Services services;
    private final CaseFiles files;
    private final BackupService backups;

    public CaseService(Services services) {
        this(services, new SqliteCaseFiles(), null);
    }

    public CaseService(Services services, CaseFiles files, BackupService backups) {
        this.services = services;
        this.files = files;
        this.backups = backups;
    }

    public OpenCase openCase(Path file) {
        return new OpenCase(services, open(file));
    }

    public OpenCase createCase(Path file) {
        return new OpenCase(services, create(file));
    }

    public OpenCase openOrCreateCase(Path file) {
        return new OpenCase(services, openOrCreate(file));
    }

    /**
     * For a command that changes the case: a damaged case is refused with a sentence naming the
     * file and what to do, before anything is written; a missing one is created when {@code create}.
     */
    public OpenCase openForWriting(Path file, boolean create) {
        if (create && (!Files.exists(file) || SqliteCaseStore.isUnfinishedCreation(file))) {
            // absent, or left by a killed creation: made (anew); a creator racing us leaves its case to open
            return openOrCreateCase(file);
        }
        if (SqliteCaseStore.isInReadOnlyPlace(file)) {
            throw new StoreException(ReadOnlyCase.refusedWrite(file));
        }
        CaseHealth health = checkBeforeOpening(file, COMMAND_CHECK);
        if (health.isDamaged()) {
            throw new DamagedCaseException(file, CaseDamage.refusedWrite(file, health));
        }
        if (health.state() == CaseHealth.State.HEALTHY) {
            backUpIfDue(file);
        }
        return openCase(file);
    }

    /**
     * For the window: checks the case for at most {@code budget} first. A damaged case opens
     * read-only (every write refused with one sentence); an unfinished check is for the caller to
     * finish in the background ({@link #finishCheck}); a healthy one's automatic backup is for the
     * caller to take once the case is on screen ({@link #backUpIfDue(OpenCase)}).
     */
    public OpenCase openChecked(Path file, Duration budget) {
        CaseHealth health = checkBeforeOpening(file, budget);
        if (health.isDamaged()) {
            CaseStore store;
            try {
                if (files.needsUpgrade(file)) {
                    // an upgrade would write into the damaged file: never, not even to read it
                    throw new DamagedCaseException(file, CaseDamage.unreadable(file, health));
                }
                store = SqliteCaseStore.open(file);
            } catch (DamagedCaseException e) {
                throw e;
            } catch (StoreException e) {
                throw new DamagedCaseException(file, CaseDamage.unreadable(file, health), e);
            }
            OpenCase damaged = new OpenCase(services, store);
            damaged.markDamaged(health);
            return damaged;
        }
        OpenCase opened = openCase(file);
        opened.recordHealth(health);
        return opened;
    }

    /**
     * The check before a case is opened. A file that is no case at all is left to the opener, which
     * says why in its own words (or recovers a case whose creation was cut short).
     */
    private CaseHealth checkBeforeOpening(Path file, Duration budget) {
        try {
            return files.check(file, budget);
        } catch (NotACaseException e) {
            return CaseHealth.unknown(e.getMessage());
        }
    }

    /** The integrity check on its own. */
    public CaseHealth check(Path file, Duration budget) {
        return files.check(file, budget);
    }

    /**
     * Runs the whole check on a case opened before its check could finish (a large case, checked in
     * the background): a damaged one becomes read-only and the sentence saying so is returned.
     */
    public Optional<String> finishCheck(OpenCase open, Duration budget) {
        CaseHealth health = files.check(open.path(), budget);
        if (health.isDamaged()) {
            open.markDamaged(health);
            return open.damage();
        }
        open.recordHealth(health);
        if (health.state() == CaseHealth.State.HEALTHY) {
            backUpIfDue(open.path());
        }
        return Optional.empty();
    }

    public CaseStore open(Path file) {
        long started = System.nanoTime();
        if (backups != null) {
            backups.backUpBeforeUpgrade(file);
        }
        CaseStore store = SqliteCaseStore.open(file);
        Timings.log("open case " + file.getFileName(), started);
        return store;
    }

    public CaseStore create(Path file) {
        return SqliteCaseStore.create(file);
    }

    public CaseStore openOrCreate(Path file) {
        return SqliteCaseStore.openOrCreate(file);
    }

    /** The automatic backup of a case found healthy, when one is due (a copy of a large case takes seconds). */
    public void backUpIfDue(OpenCase open) {
        // a case that cannot change where it is needs no rolling copies
        if (open.health().state() == CaseHealth.State.HEALTHY && !open.store().isReadOnly()) {
            backUpIfDue(open.path());
        }
    }

    private void backUpIfDue(Path file) {
        if (backups != null) {
            backups.backUpIfDue(file);
        }
    }
}
