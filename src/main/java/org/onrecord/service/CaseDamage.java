package org.onrecord.service;

import org.onrecord.store.CaseHealth;

import java.nio.file.Path;

/** The sentences that tell a researcher a case is damaged and what to do; one wording everywhere. */
public final class CaseDamage {
    private CaseDamage() {
    }

    /** For the window: the case stays readable, nothing is written to it. */
    public static String openedReadOnly(Path file, CaseHealth health) {
        return file + " is damaged (" + finding(health) + "), so it was opened read-only: nothing more can be lost, "
                + "and File › Restore from backup… puts back a healthy copy.";
    }

    /** For the window when even reading fails. */
    public static String unreadable(Path file, CaseHealth health) {
        return file + " is damaged (" + finding(health) + ") beyond reading; File › Restore from backup… puts back a healthy copy.";
    }

    /** For a command that would write: nothing was changed. */
    public static String refusedWrite(Path file, CaseHealth health) {
        return file + " is damaged (" + finding(health) + "), so nothing was written to it; list its backups with "
                + "'onrecord restore --case " + file + " --list' and put one back with 'onrecord restore --case "
                + file + " --from COPY'.";
    }

    private static String finding(CaseHealth health) {
        if (health.findings().isEmpty()) {
            return "SQLite's integrity check failed";
        }
        String first = health.findings().getFirst().strip();
        return "SQLite's integrity check: " + (first.length() > 120 ? first.substring(0, 120) + "…" : first);
    }
}
