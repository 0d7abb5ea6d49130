package org.onrecord.service;

import org.onrecord.store.StoreException;

import java.nio.file.Path;

/** The case is damaged: nothing was written to it, and a backup can be put back. */
public final class DamagedCaseException extends StoreException {
    private final Path file;

    public DamagedCaseException(Path file, String sentence, Throwable cause) {
        super(sentence, cause);
        this.file = file;
    }

    public DamagedCaseException(Path file, String sentence) {
        super(sentence);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
