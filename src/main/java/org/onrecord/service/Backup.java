package org.onrecord.service;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a case: when and why it was taken, its size in bytes, and how many articles and
 * statements it holds (-1 when the copy could not be read).
 */
public record Backup(Path file, Instant taken, String reason, long size, int articles, int statements) {
    /** The reason as a researcher reads it. */
    public String reasonLabel() {
        return switch (reason) {
            case BackupService.AUTOMATIC -> "automatic";
            case BackupService.BEFORE_UPGRADE -> "before the case format was upgraded";
            case BackupService.BEFORE_RESTORE -> "before a restore";
            case BackupService.BY_HAND -> "taken by hand";
            default -> reason;
        };
    }
}
