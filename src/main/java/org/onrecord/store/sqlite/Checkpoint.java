package org.onrecord.store.sqlite;

import org.onrecord.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The result of folding the write-ahead log back into the case file. SQLite's own checkpoints
 * (after commits, on close) fail silently; a failed one leaves the case's latest changes in the
 * {@code -wal} file only, so a researcher who copies or mails the {@code .onrecord} file alone
 * would send an older case. This one is checked.
 *
 * @param busy      another connection (another window or command on the same case) still reads or writes, so not every page could be folded in
 * @param failure   the error that stopped it (a full disk), or null
 */
record Checkpoint(boolean busy, SQLException failure) {
    static final Checkpoint DONE = new Checkpoint(false, null);

    private static final System.Logger LOG = System.getLogger(Checkpoint.class.getName());

    /** {@code PRAGMA wal_checkpoint(TRUNCATE)}: every page back into the file and the log emptied. */
    static Checkpoint truncate(Connection connection) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            // One row: busy (1 when it could not finish), pages in the log, pages folded in.
            return new Checkpoint(rs.next() && rs.getInt(1) != 0, null);
        } catch (SQLException e) {
            return new Checkpoint(false, e);
        }
    }

    boolean complete() {
        return !busy && failure == null;
    }

    /**
     * Logs an unfinished checkpoint and, when it failed rather than waited for another program that
     * will fold the log in itself when it closes, tells the researcher which files to keep together.
     */
    void reportFor(Path file) {
        if (complete()) {
            return;
        }
        if (failure == null) {
            LOG.log(System.Logger.Level.INFO, file + ": left changes in " + file.getFileName()
                    + "-wal for another program that has the case open; it folds them in when it closes");
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "checkpoint of " + file + " failed", failure);
        String why = SqliteTrouble.isDiskFull(file, failure) ? "the disk is full" : "SQLite reported: " + SqliteTrouble.firstLine(failure);
        throw new StoreException(file + ": your changes are saved, but not all are in this file yet (" + why + "): they are in "
                + file.getFileName() + "-wal beside it; keep both files together, free some space and open the case once more"
                + " before copying or sending " + file.getFileName() + ".", failure);
    }
}
