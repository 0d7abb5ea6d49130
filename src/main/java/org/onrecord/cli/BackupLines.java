package org.onrecord.cli;

import org.onrecord.service.Backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a backup is printed: one tab-separated line, or what it holds in words. */
final class BackupLines {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private BackupLines() {
    }

    static String row(Backup b) {
        return b.file() + "\t" + WHEN.format(b.taken()) + "\t" + size(b.size()) + "\t" + contents(b) + "\t" + b.reasonLabel();
    }

    static String contents(Backup b) {
        if (b.articles() < 0) {
            return "unreadable";
        }
        return b.articles() + " article" + (b.articles() == 1 ? "" : "s") + ", " + b.statements() + " statement"
                + (b.statements() == 1 ? "" : "s");
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
