package org.onrecord.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Whole-file work on case files, beside the repositories of an open case: the integrity check,
 * consistent copies taken while others may be writing, and putting a copy back.
 */
public interface CaseFiles {
    /**
     * Checks the file's pages and b-trees (SQLite's quick check), giving up after {@code budget}
     * with {@link CaseHealth.State#UNFINISHED}. Throws {@link NotACaseException} for a file that is
     * not a SQLite database at all.
     */
    CaseHealth check(Path caseFile, Duration budget);

    /**
     * Writes a consistent copy of the case to {@code target} (which must not exist) with SQLite's
     * online backup: safe while this or another process has the case open and writes to it.
     */
    void copy(Path caseFile, Path target);

    /**
     * Replaces the case's content with that of {@code source}, as one write that readers in other
     * processes see as any other change; a file too damaged for that is replaced whole.
     */
    void restore(Path caseFile, Path source);

    /** Articles and statements in the file, read without changing it; {@link CaseCounts#UNKNOWN} if unreadable. */
    CaseCounts counts(Path caseFile);

    /** Whether opening the case will upgrade its schema in place (so a copy should be kept first). */
    boolean needsUpgrade(Path caseFile);
}
