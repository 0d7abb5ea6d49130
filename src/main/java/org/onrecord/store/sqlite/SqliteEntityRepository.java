package org.onrecord.store.sqlite;

import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.TextSpan;
import org.onrecord.store.EntityRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class SqliteEntityRepository implements EntityRepository {
    private final Database db;

    SqliteEntityRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(String name, EntityType type, List<String> aliases, Origin origin, ReviewState state) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (name, type, origin, state) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name.strip());
                ps.setString(2, type.name());
                ps.setString(3, origin.code());
                ps.setString(4, state.code());
                ps.executeUpdate();
                id = Rows.insertedId(ps);
            }
            LinkedHashSet<String> names = new LinkedHashSet<>();
            names.add(name.strip());
            aliases.forEach(a -> names.add(a.strip()));
            insertAliases(c, id, names);
            return id;
        });
    }

    /** The names in order; the position keeps the entity's name first. */
    private static void insertAliases(Connection c, long id, java.util.Collection<String> names) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String alias : names) {
                ps.setLong(1, id);
                ps.setString(2, alias);
                ps.setInt(3, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<Entity> find(long id) {
        return db.read(c -> {
            List<String> aliases = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY position")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        aliases.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, type, origin, state FROM entity WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Entity(id, rs.getString("name"), EntityType.fromCode(rs.getString("type")),
                            aliases, Rows.origin(rs), Rows.state(rs))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Entity> all() {
        return db.read(c -> {
            Map<Long, List<String>> aliases = aliases(c);
            List<Entity> result = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, name, type, origin, state FROM entity ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    result.add(new Entity(id, rs.getString("name"), EntityType.fromCode(rs.getString("type")),
                            aliases.getOrDefault(id, List.of()), Rows.origin(rs), Rows.state(rs)));
                }
            }
            return result;
        });
    }

    private static Map<Long, List<String>> aliases(Connection c) throws SQLException {
        Map<Long, List<String>> aliases = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, position")) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return aliases;
    }

    @Override
    public long addMention(long entityId, long articleId, TextSpan span, Origin origin, ReviewState state) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (entity_id, article_id, start, \"end\", text, "
                    + "origin, state) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, entityId);
                ps.setLong(2, articleId);
                Rows.setSpan(ps, 3, span);
                ps.setString(6, origin.code());
                ps.setString(7, state.code());
                ps.executeUpdate();
                return Rows.insertedId(ps);
            }
        });
    }

    @Override
    public List<Mention> mentions() {
        return queryMentions("SELECT * FROM mention ORDER BY article_id, start", null);
    }

    @Override
    public List<Mention> mentionsIn(long articleId) {
        return queryMentions("SELECT * FROM mention WHERE article_id = ? ORDER BY start", articleId);
    }

    @Override
    public List<Mention> mentionsOf(long entityId) {
        return queryMentions("SELECT * FROM mention WHERE entity_id = ? ORDER BY article_id, start", entityId);
    }

    @Override
    public Optional<Mention> findMention(long id) {
        return queryMentions("SELECT * FROM mention WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public long put(Entity e) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (id, name, type, origin, state) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, origin = excluded.origin, "
                    + "state = excluded.state", Statement.RETURN_GENERATED_KEYS)) {
                Rows.setId(ps, 1, e.id());
                ps.setString(2, e.name().strip());
                ps.setString(3, e.type().name());
                ps.setString(4, e.origin().code());
                ps.setString(5, e.state().code());
                ps.executeUpdate();
                id = e.id() > 0 ? e.id() : Rows.insertedId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertAliases(c, id, new LinkedHashSet<>(e.aliases()));
            return id;
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long putMention(Mention m) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention (id, entity_id, article_id, start, \"end\", text, "
                    + "origin, state, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    + "entity_id = excluded.entity_id, article_id = excluded.article_id, start = excluded.start, "
                    + "\"end\" = excluded.\"end\", text = excluded.text, origin = excluded.origin, state = excluded.state, "
                    + "anchor = excluded.anchor", Statement.RETURN_GENERATED_KEYS)) {
                Rows.setId(ps, 1, m.id());
                ps.setLong(2, m.entityId());
                ps.setLong(3, m.articleId());
                Rows.setSpan(ps, 4, m.span());
                ps.setString(7, m.origin().code());
                ps.setString(8, m.state().code());
                ps.setString(9, Rows.code(m.anchor()));
                ps.executeUpdate();
                return m.id() > 0 ? m.id() : Rows.insertedId(ps);
            }
        });
    }

    @Override
    public void deleteMention(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mention WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<Mention> queryMentions(String sql, Long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (articleId != null) {
                    ps.setLong(1, articleId);
                }
                List<Mention> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Mention(rs.getLong("id"), rs.getLong("entity_id"), rs.getLong("article_id"),
                                Rows.span(rs, "start", "end", "text"), Rows.origin(rs), Rows.state(rs), Rows.anchor(rs)));
                    }
                }
                return result;
            }
        });
    }

    @Override
    public void setEvidence(long entityId, String evidence) {
        Rows.setText(db, "UPDATE entity SET evidence = ? WHERE id = ?", evidence, entityId);
    }

    @Override
    public Optional<String> evidence(long entityId) {
        return Rows.text(db, "SELECT evidence FROM entity WHERE id = ?", entityId);
    }

    @Override
    public void setMentionEvidence(long mentionId, String evidence) {
        Rows.setText(db, "UPDATE mention SET evidence = ? WHERE id = ?", evidence, mentionId);
    }

    @Override
    public Optional<String> mentionEvidence(long mentionId) {
        return Rows.text(db, "SELECT evidence FROM mention WHERE id = ?", mentionId);
    }

    @Override
    public void refuseName(long entityId, String nameKey) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO entity_alias_refused (entity_id, name_key) VALUES (?, ?)")) {
                ps.setLong(1, entityId);
                ps.setString(2, nameKey);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void forgetRefusedName(long entityId, String nameKey) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_alias_refused WHERE entity_id = ? AND name_key = ?")) {
                ps.setLong(1, entityId);
                ps.setString(2, nameKey);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<Long, Set<String>> refusedNames() {
        return db.read(c -> {
            Map<Long, Set<String>> refused = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT entity_id, name_key FROM entity_alias_refused")) {
                while (rs.next()) {
                    refused.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
            return refused;
        });
    }
}
