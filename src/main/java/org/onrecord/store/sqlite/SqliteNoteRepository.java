package org.onrecord.store.sqlite;

import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;
import org.onrecord.model.SearchQuery;
import org.onrecord.store.NoteRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class SqliteNoteRepository implements NoteRepository {
    private final Database db;

    SqliteNoteRepository(Database db) {
        this.db = db;
    }

    @Override
    public long put(Note n) {
        return db.write(c -> Sql.insert(c, n.id(), Sql.upsert("note", "target_type, target_id, text, created"),
                Sql.withId(n.id(), code(n.target()), n.targetId(), n.text(), n.created())));
    }

    @Override
    public Optional<Note> find(long id) {
        return db.read(c -> Sql.first(c, "SELECT * FROM note WHERE id = ?", SqliteNoteRepository::note, id));
    }

    @Override
    public List<Note> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM note ORDER BY id", SqliteNoteRepository::note));
    }

    @Override
    public List<Note> of(Note.NoteTarget target, long targetId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM note WHERE target_id = ? AND target_type = ? ORDER BY id",
                SqliteNoteRepository::note, targetId, code(target)));
    }

    @Override
    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM note WHERE id = ?", id));
    }

    @Override
    public List<NoteHit> search(SearchQuery query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        // ranked by the index, the snippet cut here: FTS5's snippet() is quadratic in the matches of one note
        return db.read(c -> Sql.list(c, """
                        SELECT n.*, top.rank AS rank
                        FROM (SELECT rowid AS id, rank FROM note_fts WHERE note_fts MATCH ? ORDER BY rank LIMIT ?) top
                        CROSS JOIN note n ON n.id = top.id
                        ORDER BY top.rank""",
                rs -> new NoteHit(note(rs), query.snippet(rs.getString("text"), SqliteSearchIndex.SNIPPET_WORDS),
                        rs.getDouble("rank")), query.ftsExpression(), limit));
    }

    private static Note note(ResultSet rs) throws SQLException {
        return new Note(rs.getLong("id"), Note.NoteTarget.valueOf(rs.getString("target_type").toUpperCase(Locale.ROOT)),
                rs.getLong("target_id"), rs.getString("text"), Instant.parse(rs.getString("created")));
    }

    private static String code(Note.NoteTarget target) {
        return target.name().toLowerCase(Locale.ROOT);
    }
}
