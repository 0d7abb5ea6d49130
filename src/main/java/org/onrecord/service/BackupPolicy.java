package org.onrecord.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * How many automatic backups are kept per case and how old the newest may get before opening the
 * case takes another. Read from {@code onrecord.properties} in the user data folder
 * ({@code backups.keep}, {@code backups.every-hours}); a missing or unreadable value keeps the default.
 */
public record BackupPolicy(int keep, Duration every) {
    public static final String FILE_NAME = "onrecord.properties";
    public static final BackupPolicy DEFAULT = new BackupPolicy(10, Duration.ofHours(24));

    public BackupPolicy {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup must be kept, not " + keep);
        }
    }

    public static BackupPolicy readFrom(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
        int keep = number(properties, "backups.keep", DEFAULT.keep());
        int hours = number(properties, "backups.every-hours", (int) DEFAULT.every().toHours());
        return new BackupPolicy(Math.max(1, keep), Duration.ofHours(Math.max(0, hours)));
    }

    private static int number(Properties properties, String key, int fallback) {
        try {
            return Integer.parseInt(properties.getProperty(key, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
