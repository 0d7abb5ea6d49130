package org.onrecord.store.sqlite;

import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;
import org.onrecord.store.NoteRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
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
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (id, target_type, target_id, text, created) "
                    + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET target_type = excluded.target_type, "
                    + "target_id = excluded.target_id, text = excluded.text, created = excluded.created",
                    Statement.RETURN_GENERATED_KEYS)) {
                Rows.setId(ps, 1, n.id());
                ps.setString(2, code(n.target()));
                ps.setLong(3, n.targetId());
                ps.setString(4, n.text());
                ps.setString(5, n.created().toString());
                ps.executeUpdate();
                return n.id() > 0 ? n.id() : Rows.insertedId(ps);
            }
        });
    }

    @Override
    public Optional<Note> find(long id) {
        return query("SELECT * FROM note WHERE id = ?", id, null).stream().findFirst();
    }

    @Override
    public List<Note> all() {
        return query("SELECT * FROM note ORDER BY id", null, null);
    }

    @Override
    public List<Note> of(Note.NoteTarget target, long targetId) {
        return query("SELECT * FROM note WHERE target_id = ? AND target_type = ? ORDER BY id", targetId, code(target));
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<NoteHit> search(String query, int limit) {
        String match = FtsQuery.toMatchExpression(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT n.*, snippet(note_fts, 0, '[', ']', '…', 14) AS snip, bm25(note_fts) AS rank
                    FROM note_fts f JOIN note n ON n.id = f.rowid
                    WHERE note_fts MATCH ? ORDER BY rank LIMIT ?""")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                List<NoteHit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new NoteHit(note(rs), rs.getString("snip"), rs.getDouble("rank")));
                    }
                }
                return hits;
            }
        });
    }

    private List<Note> query(String sql, Long id, String type) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (id != null) {
                    ps.setLong(1, id);
                }
                if (type != null) {
                    ps.setString(2, type);
                }
                List<Note> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(note(rs));
                    }
                }
                return result;
            }
        });
    }

    private static Note note(ResultSet rs) throws SQLException {
        return new Note(rs.getLong("id"), Note.NoteTarget.valueOf(rs.getString("target_type").toUpperCase(Locale.ROOT)),
                rs.getLong("target_id"), rs.getString("text"), Instant.parse(rs.getString("created")));
    }

    private static String code(Note.NoteTarget target) {
        return target.name().toLowerCase(Locale.ROOT);
    }
}
