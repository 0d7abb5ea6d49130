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

    // Links to rows deleted since are skipped on reading, so a deleted entity never shows as a link.
    private static final String LIVE_LINKS = "SELECT event_id, target_type, target_id FROM event_link l "
            + "WHERE (target_type = 'entity' AND EXISTS (SELECT 1 FROM entity WHERE id = l.target_id)) "
            + "OR (target_type = 'statement' AND EXISTS (SELECT 1 FROM statement WHERE id = l.target_id))";

    @Override
    public org.onrecord.model.EventLinks links(long eventId) {
        return allLinks().getOrDefault(eventId, org.onrecord.model.EventLinks.none(eventId));
    }

    @Override
    public java.util.Map<Long, org.onrecord.model.EventLinks> allLinks() {
        return db.read(c -> {
            java.util.Map<Long, java.util.Set<Long>> entities = new java.util.HashMap<>();
            java.util.Map<Long, java.util.Set<Long>> statements = new java.util.HashMap<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(LIVE_LINKS)) {
                while (rs.next()) {
                    var into = "entity".equals(rs.getString(2)) ? entities : statements;
                    into.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(3));
                }
            }
            java.util.Map<Long, org.onrecord.model.EventLinks> links = new java.util.HashMap<>();
            java.util.Set<Long> ids = new java.util.HashSet<>(entities.keySet());
            ids.addAll(statements.keySet());
            for (long id : ids) {
                links.put(id, new org.onrecord.model.EventLinks(id, entities.getOrDefault(id, java.util.Set.of()),
                        statements.getOrDefault(id, java.util.Set.of())));
            }
            return links;
        });
    }

    @Override
    public void putLinks(org.onrecord.model.EventLinks links) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM event_link WHERE event_id = ?")) {
                delete.setLong(1, links.eventId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO event_link (event_id, target_type, target_id) VALUES (?, ?, ?)")) {
                for (long id : links.entityIds()) {
                    insert.setLong(1, links.eventId());
                    insert.setString(2, "entity");
                    insert.setLong(3, id);
                    insert.addBatch();
                }
                for (long id : links.statementIds()) {
                    insert.setLong(1, links.eventId());
                    insert.setString(2, "statement");
                    insert.setLong(3, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void setEvidence(long eventId, String evidence) {
        Rows.setText(db, "UPDATE event SET evidence = ? WHERE id = ?", evidence, eventId);
    }

    @Override
    public Optional<String> evidence(long eventId) {
        return Rows.text(db, "SELECT evidence FROM event WHERE id = ?", eventId);
    }
}
