package org.onrecord.store.sqlite;

import org.onrecord.files.WriteTrouble;
import org.onrecord.store.StoreException;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one place that turns a SQLite failure on a case into a sentence for the researcher: the
 * file, what went wrong and what to do. The technical detail stays in the exception's cause (and
 * the log), never in the window or on the command line.
 */
final class SqliteTrouble {
    private SqliteTrouble() {
    }

    /** {@code doing} completes "Cannot … FILE", e.g. "save to" or "open". */
    static StoreException explain(Path file, Exception e, String doing) {
        String message = firstLine(e);
        if (message.contains("malformed") || message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return new StoreException(file + ": the case file is damaged (" + message + ")", e);
        }
        var trouble = WriteTrouble.of(file, e);
        if (trouble.isPresent()) {
            return new StoreException(WriteTrouble.sentence(trouble.get(), file, doing), e);
        }
        if (isBusy(e)) {
            return new StoreException("Cannot " + doing + " " + file + ": " + CaseHolder.describe(file)
                    + " has been changing it for over " + Math.max(1, Database.BUSY_TIMEOUT_MILLIS / 1000)
                    + " s; nothing was changed, try again when it has finished.", e);
        }
        if (message.contains("SQLITE_IOERR")) {
            return new StoreException("Cannot " + doing + " " + file + ": the disk failed to write (" + plain(e)
                    + "); check that it is still connected and has space (a FAT disk holds files of up to 4 GB), and try again.", e);
        }
        return new StoreException(file.getFileName() + ": " + message, e);
    }

    static boolean isDiskFull(Path file, Exception e) {
        return WriteTrouble.of(file, e).orElse(null) == WriteTrouble.Kind.DISK_FULL;
    }

    static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's own words without the driver's code: "[SQLITE_ERROR] SQL error or missing database (no such table: x)" → "no such table: x". */
    static String plain(Throwable e) {
        String line = firstLine(e);
        var m = Pattern.compile("^\\[SQLITE_\\w+\\][^(]*\\((.*)\\)$").matcher(line);
        return m.matches() ? m.group(1) : line;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
