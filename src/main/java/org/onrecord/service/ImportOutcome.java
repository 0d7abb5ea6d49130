package org.onrecord.service;

import java.nio.file.Path;

/**
 * What became of one file: imported (with its article id, and a warning when it was read with
 * reservations), skipped as already present, or failed with a reason.
 */
public record ImportOutcome(Path file, Status status, long articleId, String message, String warning) {
    public enum Status { IMPORTED, SKIPPED, FAILED }

    public ImportOutcome(Path file, Status status, long articleId, String message) {
        this(file, status, articleId, message, null);
    }

    public static ImportOutcome imported(Path file, long articleId, String title) {
        return imported(file, articleId, title, null);
    }

    public static ImportOutcome imported(Path file, long articleId, String title, String warning) {
        return new ImportOutcome(file, Status.IMPORTED, articleId, title, warning);
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
            case IMPORTED -> file + ": imported as article " + articleId + (message == null ? "" : " (" + message + ")")
                    + (warning == null ? "" : "; " + warning);
            case SKIPPED -> file + ": skipped, " + message;
            case FAILED -> file + ": " + message;
        };
    }
}
