package org.onrecord.store;

import java.nio.file.Path;

/** The file given as a case cannot be opened as one; nothing in it was changed. */
public class NotACaseException extends StoreException {
    private final Path file;

    public NotACaseException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** {@code sentence} is the whole message, already naming the file. */
    public NotACaseException(Path file, String sentence, Throwable cause) {
        super(sentence, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
