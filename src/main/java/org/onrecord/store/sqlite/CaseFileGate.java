package org.onrecord.store.sqlite;

import org.onrecord.store.NotACaseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Decides, without writing a byte, whether an existing file may be opened as a case: it must be a
 * SQLite database carrying our application id and a schema this version understands.
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
            throw new NotACaseException(file, "is damaged or not a case file (" + e.getMessage() + ")");
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
            throw new NotACaseException(file, "is empty, not a case file");
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
