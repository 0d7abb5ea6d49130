package org.onrecord.faults;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a case file directly, as a second opinion on what the application says it saved. */
final class CaseRows {
    private CaseRows() {
    }

    /** Each article's file name and the SHA-256 of its stored original; a missing original shows as "MISSING". */
    static Map<String, String> originals(Path caseFile) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseFile); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.file_name, o.bytes FROM article a LEFT JOIN article_original o "
                     + "ON o.article_id = a.id ORDER BY a.id")) {
            while (rs.next()) {
                byte[] bytes = rs.getBytes(2);
                found.put(rs.getString(1), bytes == null ? "MISSING" : sha256(bytes));
            }
        }
        return found;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(Path caseFile, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + caseFile); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
