package org.onrecord.store.sqlite;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.store.EventRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqliteEventRepository implements EventRepository {
    private final Database db;

    SqliteEventRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(Event e) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (article_id, start, \"end\", text, value, "
                    + "date_from, date_to, precision, description, date_fixed, origin, state, anchor) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, e.articleId());
                Rows.setSpan(ps, 2, e.span());
                ps.setString(5, e.date().value());
                ps.setString(6, Rows.text(e.date().from()));
                ps.setString(7, Rows.text(e.date().to()));
                ps.setString(8, e.date().precision().code());
                ps.setString(9, e.description());
                ps.setInt(10, e.dateFixed() ? 1 : 0);
                ps.setString(11, e.origin().code());
                ps.setString(12, e.state().code());
                ps.setString(13, Rows.code(e.anchor()));
                ps.executeUpdate();
                return Rows.insertedId(ps);
            }
        });
    }

    @Override
    public Optional<Event> find(long id) {
        return query("SELECT * FROM event WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<Event> all() {
        return query("SELECT * FROM event ORDER BY article_id, start", null);
    }

    @Override
    public List<Event> in(long articleId) {
        return query("SELECT * FROM event WHERE article_id = ? ORDER BY start", articleId);
    }

    @Override
    public long put(Event e) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, article_id, start, \"end\", text, value, "
                    + "date_from, date_to, precision, description, date_fixed, origin, state, anchor) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    + "article_id = excluded.article_id, start = excluded.start, \"end\" = excluded.\"end\", "
                    + "text = excluded.text, value = excluded.value, date_from = excluded.date_from, date_to = excluded.date_to, "
                    + "precision = excluded.precision, description = excluded.description, date_fixed = excluded.date_fixed, "
                    + "origin = excluded.origin, state = excluded.state, anchor = excluded.anchor",
                    Statement.RETURN_GENERATED_KEYS)) {
                Rows.setId(ps, 1, e.id());
                ps.setLong(2, e.articleId());
                Rows.setSpan(ps, 3, e.span());
                ps.setString(6, e.date().value());
                ps.setString(7, Rows.text(e.date().from()));
                ps.setString(8, Rows.text(e.date().to()));
                ps.setString(9, e.date().precision().code());
                ps.setString(10, e.description());
                ps.setInt(11, e.dateFixed() ? 1 : 0);
                ps.setString(12, e.origin().code());
                ps.setString(13, e.state().code());
                ps.setString(14, Rows.code(e.anchor()));
                ps.executeUpdate();
                return e.id() > 0 ? e.id() : Rows.insertedId(ps);
            }
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM event WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<Event> query(String sql, Long parameter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (parameter != null) {
                    ps.setLong(1, parameter);
                }
                List<Event> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(event(rs));
                    }
                }
                return result;
            }
        });
    }

    private static Event event(ResultSet rs) throws SQLException {
        DateValue date = new DateValue(rs.getString("value"), Rows.date(rs, "date_from"), Rows.date(rs, "date_to"),
                DatePrecision.fromCode(rs.getString("precision")));
        return new Event(rs.getLong("id"), rs.getLong("article_id"), Rows.span(rs, "start", "end", "text"), date,
                rs.getString("description"), rs.getInt("date_fixed") == 1, Rows.origin(rs), Rows.state(rs), Rows.anchor(rs));
    }
}
