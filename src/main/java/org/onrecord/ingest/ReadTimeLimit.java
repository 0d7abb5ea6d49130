package org.onrecord.ingest;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads one file on a thread of its own and gives up on it after a time limit, so no file can hold
 * an import hostage. When the limit runs out the reading thread is interrupted (the extractors
 * check for that as they go and stop); the import moves on either way.
 */
public record ReadTimeLimit(Duration limit) {
    /** How long a stopped read gets to wind down before it is left to finish on its own. */
    private static final long GRACE_MILLIS = 2_000;

    public ReadTimeLimit {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit for reading a file must be positive");
        }
    }

    public static ReadTimeLimit ofSeconds(long seconds) {
        return new ReadTimeLimit(Duration.ofSeconds(seconds));
    }

    /**
     * What {@code reader} makes of the file within the limit. Errors of the read (an
     * {@link OutOfMemoryError} included) are rethrown here, on the caller's thread, where the import
     * decides what they cost.
     */
    public ExtractedFile read(ArticleReader reader, String fileName, byte[] bytes) throws ImportProblem {
        AtomicReference<ExtractedFile> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().daemon().name("onrecord-read").unstarted(() -> {
            try {
                result.set(reader.read(fileName, bytes));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        try {
            thread.join(limit);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(GRACE_MILLIS);
                throw new ImportProblem("took longer than " + describe(limit) + " to read; skipped");
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new ImportProblem("reading was cancelled");
        }
        Throwable t = failure.get();
        if (t instanceof ImportProblem problem) throw problem;
        if (t instanceof ReadInterrupted) throw new ImportProblem("reading was cancelled");
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        return result.get();
    }

    private static String describe(Duration d) {
        long seconds = d.toSeconds();
        return seconds > 0 ? seconds + " s" : d.toMillis() + " ms";
    }
}
