package org.onrecord.store.sqlite;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.onrecord.files.WriteTrouble;
import org.onrecord.store.StoreException;

import java.nio.file.Path;
import java.sql.SQLException;

/** A failed schema migration in one sentence: the file, why, and what the researcher can do. */
final class MigrationTrouble {
    private MigrationTrouble() {
    }

    static StoreException explain(Path file, FlywayException e) {
        var trouble = WriteTrouble.of(file, e);
        if (trouble.isPresent()) {
            return new StoreException(WriteTrouble.sentence(trouble.get(), file, "prepare"), e);
        }
        String why = e instanceof FlywayValidateException
                ? "its record of format changes does not match this version of Onrecord"
                : "a change to its format failed" + sqliteDetail(e);
        return new StoreException(file + ": the case could not be brought up to this version's format (" + why
                + "), so it was left as it was; open it with the Onrecord version that last saved it, or restore a backup.", e);
    }

    /** SQLite's own first line ("table x already exists"), which names the problem without Flyway's advice. */
    private static String sqliteDetail(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                return ": " + SqliteTrouble.plain(sql);
            }
        }
        return "";
    }
}
