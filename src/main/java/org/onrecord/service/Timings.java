package org.onrecord.service;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Writes to the app's log how long the use cases a researcher waits for took (open, import,
 * export, report), so a slow case can be told from a slow machine after the fact.
 */
final class Timings {
    private static final System.Logger LOG = System.getLogger("org.onrecord.timing");

    private Timings() {
    }

    /** Logs {@code what} with the time since {@code startNanos} (from {@link System#nanoTime()}). */
    static void log(String what, long startNanos) {
        LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "%s took %d ms", what, (System.nanoTime() - startNanos) / 1_000_000));
    }
}
