package org.onrecord.store.sqlite;

import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.TextSpan;
import org.onrecord.store.EntityRepository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
            long id = Sql.insert(c, 0, "INSERT INTO entity (name, type, origin, state) VALUES (?, ?, ?, ?)",
                    name.strip(), type.name(), origin.code(), state.code());
            LinkedHashSet<String> names = new LinkedHashSet<>();
            names.add(name.strip());
            aliases.forEach(a -> names.add(a.strip()));
            insertAliases(c, id, names);
            return id;
        });
    }

    /** The names in order; the position keeps the entity's name first. */
    private static void insertAliases(Connection c, long id, Collection<String> names) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (String alias : names) {
            rows.add(new Object[] {id, alias, rows.size()});
        }
        Sql.batch(c, "INSERT INTO entity_alias (entity_id, alias, position) VALUES (?, ?, ?)", rows);
    }

    @Override
    public Optional<Entity> find(long id) {
        return db.read(c -> {
            List<String> aliases = Sql.list(c, "SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY position",
                    rs -> rs.getString(1), id);
            return Sql.first(c, "SELECT id, name, type, origin, state FROM entity WHERE id = ?", rs -> entity(rs, aliases), id);
        });
    }

    @Override
    public List<Entity> all() {
        return db.read(c -> {
            Map<Long, List<String>> aliases = aliases(c);
            return Sql.list(c, "SELECT id, name, type, origin, state FROM entity ORDER BY id",
                    rs -> entity(rs, aliases.getOrDefault(rs.getLong("id"), List.of())));
        });
    }

    private static Entity entity(ResultSet rs, List<String> aliases) throws SQLException {
        return new Entity(rs.getLong("id"), rs.getString("name"), EntityType.fromCode(rs.getString("type")), aliases,
                Rows.origin(rs), Rows.state(rs));
    }

    private static Map<Long, List<String>> aliases(Connection c) throws SQLException {
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Map.Entry<Long, String> row : Sql.list(c, "SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, position",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)))) {
            aliases.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        return aliases;
    }

    @Override
    public long addMention(long entityId, long articleId, TextSpan span, Origin origin, ReviewState state) {
        return db.write(c -> Sql.insert(c, 0, "INSERT INTO mention (entity_id, article_id, start, \"end\", text, origin, state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", entityId, articleId, Sql.span(span), origin.code(), state.code()));
    }

    @Override
    public List<Mention> mentions() {
        return queryMentions("SELECT " + MENTION_COLUMNS + " FROM mention ORDER BY article_id, start, id");
    }

    @Override
    public List<Mention> mentionsIn(long articleId) {
        return queryMentions("SELECT " + MENTION_COLUMNS + " FROM mention WHERE article_id = ? ORDER BY start", articleId);
    }

    @Override
    public List<Mention> mentionsOf(long entityId) {
        return queryMentions("SELECT " + MENTION_COLUMNS + " FROM mention WHERE entity_id = ? ORDER BY article_id, start", entityId);
    }

    @Override
    public Optional<Mention> findMention(long id) {
        return queryMentions("SELECT " + MENTION_COLUMNS + " FROM mention WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public long put(Entity e) {
        return db.write(c -> {
            long id = Sql.insert(c, e.id(), Sql.upsert("entity", "name, type, origin, state"),
                    Sql.withId(e.id(), e.name().strip(), e.type().name(), e.origin().code(), e.state().code()));
            Sql.update(c, "DELETE FROM entity_alias WHERE entity_id = ?", id);
            insertAliases(c, id, new LinkedHashSet<>(e.aliases()));
            return id;
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM entity WHERE id = ?", id));
    }

    @Override
    public long putMention(Mention m) {
        return db.write(c -> Sql.insert(c, m.id(), Sql.upsert("mention", "entity_id, article_id, start, \"end\", text, origin, state, anchor"),
                Sql.withId(m.id(), m.entityId(), m.articleId(), Sql.span(m.span()), m.origin().code(), m.state().code(),
                        Rows.code(m.anchor()))));
    }

    @Override
    public void deleteMention(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM mention WHERE id = ?", id));
    }

    /** What a mention row is read as: not its evidence (read only when asked for). */
    private static final String MENTION_COLUMNS = "id, entity_id, article_id, start, \"end\", text, origin, state, anchor";

    private List<Mention> queryMentions(String sql, Object... params) {
        return db.read(c -> Sql.list(c, sql, rs -> new Mention(rs.getLong("id"), rs.getLong("entity_id"), rs.getLong("article_id"),
                Rows.span(rs, "start", "end", "text"), Rows.origin(rs), Rows.state(rs), Rows.anchor(rs)), params));
    }

    @Override
    public void setEvidence(long entityId, String evidence) {
        db.write(c -> Sql.update(c, "UPDATE entity SET evidence = ? WHERE id = ?", evidence, entityId));
    }

    @Override
    public Optional<String> evidence(long entityId) {
        return db.read(c -> Sql.first(c, "SELECT evidence FROM entity WHERE id = ?", rs -> rs.getString(1), entityId));
    }

    @Override
    public void setMentionEvidence(long mentionId, String evidence) {
        db.write(c -> Sql.update(c, "UPDATE mention SET evidence = ? WHERE id = ?", evidence, mentionId));
    }

    @Override
    public Optional<String> mentionEvidence(long mentionId) {
        return db.read(c -> Sql.first(c, "SELECT evidence FROM mention WHERE id = ?", rs -> rs.getString(1), mentionId));
    }

    @Override
    public Map<Long, String> allEvidence() {
        return db.read(c -> EvidenceRows.byId(c, "entity"));
    }

    @Override
    public Map<Long, String> allMentionEvidence() {
        return db.read(c -> EvidenceRows.byId(c, "mention"));
    }

    @Override
    public void refuseName(long entityId, String nameKey) {
        db.write(c -> Sql.update(c, "INSERT OR IGNORE INTO entity_alias_refused (entity_id, name_key) VALUES (?, ?)", entityId, nameKey));
    }

    @Override
    public void forgetRefusedName(long entityId, String nameKey) {
        db.write(c -> Sql.update(c, "DELETE FROM entity_alias_refused WHERE entity_id = ? AND name_key = ?", entityId, nameKey));
    }

    @Override
    public Map<Long, Set<String>> refusedNames() {
        Map<Long, Set<String>> refused = new HashMap<>();
        db.read(c -> Sql.list(c, "SELECT entity_id, name_key FROM entity_alias_refused",
                rs -> refused.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2))));
        return refused;
    }
}
