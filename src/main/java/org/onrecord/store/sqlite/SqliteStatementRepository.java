package org.onrecord.store.sqlite;

import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.store.StatementRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqliteStatementRepository implements StatementRepository {
    private final Database db;

    SqliteStatementRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(Statement s) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement (article_id, start, \"end\", text, speaker, "
                    + "speaker_entity_id, speaker_start, speaker_end, speaker_text, cue_start, cue_end, cue_text, via, kind, "
                    + "direct, date_said, origin, state, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, s.articleId());
                Rows.setSpan(ps, 2, s.span());
                ps.setString(5, s.speaker());
                Rows.setNullableLong(ps, 6, s.speakerEntityId());
                Rows.setSpan(ps, 7, s.speakerSpan());
                Rows.setSpan(ps, 10, s.cueSpan());
                ps.setString(13, s.via());
                ps.setString(14, s.kind());
                ps.setInt(15, s.direct() ? 1 : 0);
                if (s.dateSaid() == null) {
                    ps.setNull(16, Types.VARCHAR);
                } else {
                    ps.setString(16, s.dateSaid().toString());
                }
                ps.setString(17, s.origin().code());
                ps.setString(18, s.state().code());
                ps.setString(19, Rows.code(s.anchor()));
                ps.executeUpdate();
                return Rows.insertedId(ps);
            }
        });
    }

    @Override
    public Optional<Statement> find(long id) {
        List<Statement> found = query("SELECT * FROM statement WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Statement> all() {
        return query("SELECT * FROM statement ORDER BY article_id, start", null);
    }

    @Override
    public List<Statement> in(long articleId) {
        return query("SELECT * FROM statement WHERE article_id = ? ORDER BY start", articleId);
    }

    @Override
    public List<StatementKind> kinds() {
        return db.read(c -> {
            List<StatementKind> kinds = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, label FROM statement_kind ORDER BY position")) {
                while (rs.next()) {
                    kinds.add(new StatementKind(rs.getString(1), rs.getString(2)));
                }
            }
            return kinds;
        });
    }

    @Override
    public List<Statement> spokenBy(long entityId) {
        return query("SELECT * FROM statement WHERE speaker_entity_id = ? ORDER BY article_id, start", entityId);
    }

    @Override
    public long put(Statement s) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement (id, article_id, start, \"end\", text, speaker, "
                    + "speaker_entity_id, speaker_start, speaker_end, speaker_text, cue_start, cue_end, cue_text, via, kind, "
                    + "direct, date_said, origin, state, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, start = excluded.start, "
                    + "\"end\" = excluded.\"end\", text = excluded.text, speaker = excluded.speaker, "
                    + "speaker_entity_id = excluded.speaker_entity_id, speaker_start = excluded.speaker_start, "
                    + "speaker_end = excluded.speaker_end, speaker_text = excluded.speaker_text, cue_start = excluded.cue_start, "
                    + "cue_end = excluded.cue_end, cue_text = excluded.cue_text, via = excluded.via, kind = excluded.kind, "
                    + "direct = excluded.direct, date_said = excluded.date_said, origin = excluded.origin, "
                    + "state = excluded.state, anchor = excluded.anchor",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                Rows.setId(ps, 1, s.id());
                ps.setLong(2, s.articleId());
                Rows.setSpan(ps, 3, s.span());
                ps.setString(6, s.speaker());
                Rows.setNullableLong(ps, 7, s.speakerEntityId());
                Rows.setSpan(ps, 8, s.speakerSpan());
                Rows.setSpan(ps, 11, s.cueSpan());
                ps.setString(14, s.via());
                ps.setString(15, s.kind());
                ps.setInt(16, s.direct() ? 1 : 0);
                ps.setString(17, Rows.text(s.dateSaid()));
                ps.setString(18, s.origin().code());
                ps.setString(19, s.state().code());
                ps.setString(20, Rows.code(s.anchor()));
                ps.executeUpdate();
                return s.id() > 0 ? s.id() : Rows.insertedId(ps);
            }
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM statement WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void putKind(StatementKind kind) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement_kind (code, label, position) "
                    + "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM statement_kind)) "
                    + "ON CONFLICT(code) DO UPDATE SET label = excluded.label")) {
                ps.setString(1, kind.code());
                ps.setString(2, kind.label());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void deleteKind(String code) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM statement_kind WHERE code = ?")) {
                ps.setString(1, code);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<Statement> query(String sql, Long parameter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setLong(1, parameter);
                }
                List<Statement> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(statement(rs));
                    }
                }
                return result;
            }
        });
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(rs.getLong("id"), rs.getLong("article_id"), Rows.span(rs, "start", "end", "text"),
                rs.getString("speaker"), Rows.nullableLong(rs, "speaker_entity_id"),
                Rows.span(rs, "speaker_start", "speaker_end", "speaker_text"), Rows.span(rs, "cue_start", "cue_end", "cue_text"),
                rs.getString("via"), rs.getString("kind"), rs.getInt("direct") == 1, Rows.date(rs, "date_said"),
                Rows.origin(rs), Rows.state(rs), Rows.anchor(rs));
    }
}
