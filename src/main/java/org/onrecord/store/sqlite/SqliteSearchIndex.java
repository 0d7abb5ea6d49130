package org.onrecord.store.sqlite;

import org.onrecord.model.SearchHit;
import org.onrecord.store.SearchIndex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

final class SqliteSearchIndex implements SearchIndex {
    private final Database db;

    SqliteSearchIndex(Database db) {
        this.db = db;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        String match = FtsQuery.toMatchExpression(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            // Title matches weigh more than body matches: bm25 weights per column (title, body).
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.rowid, a.title, a.outlet, snippet(article_fts, 1, '[', ']', '…', 14), bm25(article_fts, 4.0, 1.0) AS rank
                    FROM article_fts f JOIN article a ON a.id = f.rowid
                    WHERE article_fts MATCH ? ORDER BY rank LIMIT ?""")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new SearchHit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                    }
                }
                return hits;
            }
        });
    }
}
