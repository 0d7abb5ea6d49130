package org.onrecord.store.sqlite;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.store.EventRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class SqliteEventRepository implements EventRepository {
    private final Database db;

    private static final String COLUMNS = "article_id, start, \"end\", text, value, date_from, date_to, precision, "
            + "description, date_fixed, origin, state, anchor";

    SqliteEventRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(Event e) {
        return db.write(c -> Sql.insert(c, 0, "INSERT INTO event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values(e)));
    }

    @Override
    public Optional<Event> find(long id) {
        return db.read(c -> Sql.first(c, "SELECT id, " + COLUMNS + " FROM event WHERE id = ?", SqliteEventRepository::event, id));
    }

    @Override
    public List<Event> all() {
        return db.read(c -> Sql.list(c, "SELECT id, " + COLUMNS + " FROM event ORDER BY article_id, start, id", SqliteEventRepository::event));
    }

    @Override
    public List<Event> in(long articleId) {
        return db.read(c -> Sql.list(c, "SELECT id, " + COLUMNS + " FROM event WHERE article_id = ? ORDER BY start", SqliteEventRepository::event,
                articleId));
    }

    @Override
    public long put(Event e) {
        return db.write(c -> Sql.insert(c, e.id(), Sql.upsert("event", COLUMNS), Sql.withId(e.id(), values(e))));
    }

    /** The values of {@link #COLUMNS}, in order. */
    private static Object[] values(Event e) {
        return new Object[] {e.articleId(), Sql.span(e.span()), e.date().value(), e.date().from(), e.date().to(),
                e.date().precision().code(), e.description(), e.dateFixed(), e.origin().code(), e.state().code(),
                Rows.code(e.anchor())};
    }

    @Override
    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM event WHERE id = ?", id));
    }

    private static Event event(ResultSet rs) throws SQLException {
        DateValue date = new DateValue(rs.getString("value"), Rows.date(rs, "date_from"), Rows.date(rs, "date_to"),
                DatePrecision.fromCode(rs.getString("precision")));
        return new Event(rs.getLong("id"), rs.getLong("article_id"), Rows.span(rs, "start", "end", "text"), date,
                rs.getString("description"), rs.getInt("date_fixed") == 1, Rows.origin(rs), Rows.state(rs), Rows.anchor(rs));
    }

    // Links to rows deleted since are skipped on reading, so a deleted entity never shows as a link.
    private static final String LIVE_LINKS = "SELECT event_id, target_type, target_id FROM event_link l "
            + "WHERE ((target_type = 'entity' AND EXISTS (SELECT 1 FROM entity WHERE id = l.target_id)) "
            + "OR (target_type = 'statement' AND EXISTS (SELECT 1 FROM statement WHERE id = l.target_id)))";

    @Override
    public EventLinks links(long eventId) {
        // one event's links only (the index on event_link.event_id), not every link of the case
        return linksWhere(" AND l.event_id = ?", eventId).getOrDefault(eventId, EventLinks.none(eventId));
    }

    @Override
    public Map<Long, EventLinks> allLinks() {
        return linksWhere("");
    }

    private Map<Long, EventLinks> linksWhere(String condition, Object... args) {
        record Link(long event, String type, long target) {
        }
        List<Link> rows = db.read(c -> Sql.list(c, LIVE_LINKS + condition,
                rs -> new Link(rs.getLong(1), rs.getString(2), rs.getLong(3)), args));
        Map<Long, Set<Long>> entities = new HashMap<>();
        Map<Long, Set<Long>> statements = new HashMap<>();
        for (Link link : rows) {
            var into = "entity".equals(link.type()) ? entities : statements;
            into.computeIfAbsent(link.event(), k -> new HashSet<>()).add(link.target());
        }
        Map<Long, EventLinks> links = new HashMap<>();
        Set<Long> ids = new HashSet<>(entities.keySet());
        ids.addAll(statements.keySet());
        for (long id : ids) {
            links.put(id, new EventLinks(id, entities.getOrDefault(id, Set.of()), statements.getOrDefault(id, Set.of())));
        }
        return links;
    }

    @Override
    public void putLinks(EventLinks links) {
        List<Object[]> rows = new ArrayList<>();
        links.entityIds().forEach(id -> rows.add(new Object[] {links.eventId(), "entity", id}));
        links.statementIds().forEach(id -> rows.add(new Object[] {links.eventId(), "statement", id}));
        db.write(c -> {
            Sql.update(c, "DELETE FROM event_link WHERE event_id = ?", links.eventId());
            Sql.batch(c, "INSERT INTO event_link (event_id, target_type, target_id) VALUES (?, ?, ?)", rows);
            return null;
        });
    }

    @Override
    public void setEvidence(long eventId, String evidence) {
        db.write(c -> Sql.update(c, "UPDATE event SET evidence = ? WHERE id = ?", evidence, eventId));
    }

    @Override
    public Map<Long, String> allEvidence() {
        return db.read(c -> EvidenceRows.byId(c, "event"));
    }

    @Override
    public Optional<String> evidence(long eventId) {
        return db.read(c -> Sql.first(c, "SELECT evidence FROM event WHERE id = ?", rs -> rs.getString(1), eventId));
    }
}
