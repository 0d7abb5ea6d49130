package org.onrecord.service;

import java.nio.file.Path;

/** What became of one file: imported (with its article id), skipped as already present, or failed with a reason. */
public record ImportOutcome(Path file, Status status, long articleId, String message) {
    public enum Status { IMPORTED, SKIPPED, FAILED }

    public static ImportOutcome imported(Path file, long articleId, String title) {
        return new ImportOutcome(file, Status.IMPORTED, articleId, title);
    }

    public static ImportOutcome skipped(Path file, long existingId) {
        return new ImportOutcome(file, Status.SKIPPED, existingId, "already in the case (article " + existingId + ")");
    }

    public static ImportOutcome failed(Path file, String reason) {
        return new ImportOutcome(file, Status.FAILED, -1, reason);
    }

    /** One line for the researcher: the file, then what happened. */
    public String describe() {
        return switch (status) {
            case IMPORTED -> file + ": imported as article " + articleId + (message == null ? "" : " (" + message + ")");
            case SKIPPED -> file + ": skipped, " + message;
            case FAILED -> file + ": " + message;
        };
    }
}
