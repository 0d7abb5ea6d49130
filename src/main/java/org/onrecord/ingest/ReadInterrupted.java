package org.onrecord.ingest;

/**
 * Thrown inside an importer when the thread reading the file was interrupted — the import's time
 * limit for one file ran out, or the researcher cancelled — so a long extraction stops at its next
 * check instead of running on unseen.
 */
public final class ReadInterrupted extends RuntimeException {
    public ReadInterrupted() {
        super("reading was interrupted", null, false, false);
    }

    /** Stops the current read if its thread has been interrupted. Cheap enough to call per line. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadInterrupted();
        }
    }
}
