package org.onrecord.store.sqlite;

import org.onrecord.files.WriteTrouble;
import org.onrecord.store.NotACaseException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides, without writing a byte of the case itself, whether an existing file may be opened as a
 * case: it must be a SQLite database carrying our application id and a schema this version
 * understands. A hot journal beside it (a write killed half-way in rollback-journal mode) is first
 * rolled back, as SQLite does on any read-write open, so a healthy case is never called damaged.
 */
final class CaseFileGate {
    static final int APPLICATION_ID = 1332638307; // "OnRc"
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private CaseFileGate() {
    }

    /** Returns the schema version found in the file (0 for a case made before migrations ran). */
    static int check(Path file, int newestKnownVersion) {
        if (Files.isDirectory(file)) {
            throw new NotACaseException(file, "is a folder, not a case file");
        }
        if (!Files.isReadable(file)) {
            throw new NotACaseException(file, "cannot be read (check its permissions)");
        }
        checkHeader(file);
        recoverHotJournal(file);
        try (Connection connection = Database.connect(file, true); Statement st = connection.createStatement()) {
            int applicationId = single(st, "PRAGMA application_id");
            if (applicationId != APPLICATION_ID) {
                throw new NotACaseException(file, "is a SQLite database, but not an Onrecord case");
            }
            int version = schemaVersion(st);
            if (version > newestKnownVersion) {
                throw new NotACaseException(file, "was made by a newer version of Onrecord (case format "
                        + version + "; this version reads up to " + newestKnownVersion + "). Update Onrecord to open it.");
            }
            return version;
        } catch (SQLException e) {
            throw notOpenable(file, e);
        }
    }

    /** A full disk or a read-only folder in one sentence; only what is neither is called damaged. */
    private static NotACaseException notOpenable(Path file, SQLException e) {
        return WriteTrouble.of(file, e)
                .map(kind -> new NotACaseException(file, WriteTrouble.sentence(kind, file, "open"), e))
                // SQLite's own words stay in the log (the cause); the researcher gets what to do
                .orElseGet(() -> new NotACaseException(file, file + ": is damaged or not a case file; if it is a case, list its backups with"
                        + " 'onrecord restore --case " + file + " --list' and put one back with 'onrecord restore --case " + file
                        + " --from COPY'", e));
    }

    /**
     * Rolls back a hot journal left by a process killed while writing in rollback-journal mode (a
     * creation or migration by an older Onrecord, or a copy in that mode): a read-only connection
     * cannot, and would report the case as unreadable. Opening it for writing makes SQLite restore
     * the pages the journal saved, exactly as it would for any program that opens the file next.
     */
    static void recoverHotJournal(Path file) {
        Path journal = Path.of(file.toAbsolutePath() + "-journal");
        try {
            if (!Files.exists(journal) || Files.size(journal) == 0) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        try (Connection connection = plainConnection(file); Statement st = connection.createStatement()) {
            st.executeQuery("PRAGMA schema_version").close();
        } catch (SQLException e) {
            throw notOpenable(file, e);
        }
    }

    private static Connection plainConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MILLIS);
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        return config.createConnection(Database.url(file));
    }

    /**
     * True for what a killed creation leaves under the case's name (earlier versions made cases in
     * place): an empty file, or a SQLite file without our application id whose tables (if any
     * besides the migrations' history) hold no row. Replacing it loses nothing.
     */
    static boolean isUnfinishedCreation(Path file) {
        try {
            if (Files.size(file) == 0) {
                return true;
            }
            checkHeader(file);
            recoverHotJournal(file);
            if (Files.size(file) == 0) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try (Connection connection = Database.connect(file, true); Statement st = connection.createStatement()) {
            if (single(st, "PRAGMA application_id") != 0) {
                return false;
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
                return false; // someone else's database with a schema of its own
            }
            for (String table : tables) {
                if (!table.equals("flyway_schema_history") && single(st, "SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"") > 0) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void checkHeader(Path file) {
        byte[] header = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new NotACaseException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (read == 0) {
            throw new NotACaseException(file, "is empty, not a case file (perhaps one whose creation was interrupted);"
                    + " import into it to make it anew, or delete it");
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
            throw new NotACaseException(file, "is not an Onrecord case (not a SQLite database)");
        }
    }

    private static int single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static int schemaVersion(Statement st) throws SQLException {
        try (ResultSet tables = st.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (ResultSet rs = st.executeQuery(
                "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
