package org.onrecord.cli;

import org.onrecord.progress.Progress;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Tells a researcher on the command line that a long run is moving: one line on stderr at most
 * once a second ("import: 120 of 2000 files, last: page.html"); a run shorter than a second prints
 * nothing.
 */
final class ProgressLine implements Progress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final String what;
    private final PrintWriter err;
    private final LongSupplier clock;
    private long last;

    ProgressLine(String what, PrintWriter err) {
        this(what, err, System::nanoTime);
    }

    ProgressLine(String what, PrintWriter err, LongSupplier clock) {
        this.what = what;
        this.err = err;
        this.clock = clock;
        this.last = clock.getAsLong();
    }

    @Override
    public void update(long done, long total, String message) {
        long now = clock.getAsLong();
        if (now - last < INTERVAL_NANOS || done >= total) {
            return;
        }
        last = now;
        err.println(what + ": " + done + " of " + total + " files, last: " + message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
