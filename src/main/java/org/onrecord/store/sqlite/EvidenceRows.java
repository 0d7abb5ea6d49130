package org.onrecord.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads the evidence column of a whole table at once (entity, mention, event or statement). */
final class EvidenceRows {
    private EvidenceRows() {
    }

    static Map<Long, String> byId(Connection c, String table) throws SQLException {
        Map<Long, String> evidence = new HashMap<>();
        for (var row : Sql.list(c, "SELECT id, evidence FROM " + table + " WHERE evidence IS NOT NULL",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)))) {
            evidence.put(row.getKey(), row.getValue());
        }
        return evidence;
    }
}
