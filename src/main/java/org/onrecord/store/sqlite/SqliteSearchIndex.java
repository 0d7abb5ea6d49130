package org.onrecord.store.sqlite;

import org.onrecord.model.SearchHit;
import org.onrecord.model.SearchQuery;
import org.onrecord.store.SearchIndex;

import java.util.List;

final class SqliteSearchIndex implements SearchIndex {
    /** Words in a hit's snippet. */
    static final int SNIPPET_WORDS = 14;

    private final Database db;

    SqliteSearchIndex(Database db) {
        this.db = db;
    }

    @Override
    public List<SearchHit> search(SearchQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        // The index ranks every match, but only the best few are joined to their articles: joining
        // (and cutting snippets for) all matches before the LIMIT made a query on a large case slow.
        // Title matches weigh more than body matches: bm25 weights per column (title, body).
        return db.read(c -> Sql.list(c, """
                        SELECT a.id, a.title, a.outlet, a.body, top.rank
                        FROM (SELECT rowid AS id, rank FROM article_fts
                              WHERE article_fts MATCH ? AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT ?) top
                        CROSS JOIN article a ON a.id = top.id
                        ORDER BY top.rank""",
                rs -> new SearchHit(rs.getLong(1), rs.getString(2), rs.getString(3), query.snippet(rs.getString(4), SNIPPET_WORDS),
                        rs.getDouble(5)),
                query.ftsExpression(), limit));
    }
}
