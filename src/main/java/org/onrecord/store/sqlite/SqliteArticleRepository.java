package org.onrecord.store.sqlite;

import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.MetadataField;
import org.onrecord.model.PublicationDate;
import org.onrecord.store.ArticleRepository;
import org.onrecord.store.NewArticle;
import org.onrecord.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class SqliteArticleRepository implements ArticleRepository {
    private static final String COLUMNS = "id, file_name, content_hash, media_type, title, outlet, author, url, "
            + "published, published_precision, language, body, body_start, body_end, imported_at";

    private final Database db;

    SqliteArticleRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(NewArticle a) {
        ArticleMetadata effective = a.detected().overriddenBy(a.given());
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (file_name, content_hash, media_type, charset, "
                    + "title, outlet, author, url, published, published_precision, language, body, body_start, body_end, "
                    + "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, a.fileName());
                ps.setString(2, a.contentHash());
                ps.setString(3, a.mediaType());
                ps.setString(4, a.charset());
                bindMetadata(ps, 5, effective);
                ps.setString(12, a.body());
                ps.setInt(13, a.bodyStart());
                ps.setInt(14, a.bodyEnd());
                ps.setString(15, Instant.now().toString());
                ps.executeUpdate();
                id = Rows.insertedId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_original (article_id, bytes) VALUES (?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, a.original());
                ps.executeUpdate();
            }
            MetadataRows.write(c, id, "detected", a.detected());
            MetadataRows.write(c, id, "given", a.given());
            return id;
        });
    }

    private static void bindMetadata(PreparedStatement ps, int first, ArticleMetadata m) throws SQLException {
        ps.setString(first, m.title());
        ps.setString(first + 1, m.outlet());
        ps.setString(first + 2, m.author());
        ps.setString(first + 3, m.url());
        ps.setString(first + 4, m.published() == null ? null : m.published().date().toString());
        ps.setString(first + 5, m.published() == null ? null : m.published().precision().code());
        ps.setString(first + 6, m.language());
    }

    @Override
    public Optional<Article> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(article(rs, givenFields(c, id))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Long> findIdByHash(String contentHash) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
                ps.setString(1, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<ArticleSummary> summaries() {
        return db.read(c -> {
            List<ArticleSummary> result = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT a.id, a.file_name, a.title, a.outlet, a.published, a.published_precision,
                           (SELECT count(DISTINCT entity_id) FROM mention m WHERE m.article_id = a.id AND m.state <> 'rejected'),
                           (SELECT count(*) FROM statement s WHERE s.article_id = a.id AND s.state <> 'rejected'),
                           (SELECT count(*) FROM event e WHERE e.article_id = a.id AND e.state <> 'rejected')
                    FROM article a ORDER BY a.id""")) {
                while (rs.next()) {
                    result.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            published(rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                }
            }
            return result;
        });
    }

    @Override
    public List<Article> all() {
        return db.read(c -> {
            List<Article> result = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM article ORDER BY id")) {
                while (rs.next()) {
                    result.add(article(rs, givenFields(c, rs.getLong("id"))));
                }
            }
            return result;
        });
    }

    @Override
    public byte[] original(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM article_original WHERE article_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no article with id " + id);
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    @Override
    public ArticleMetadata detectedMetadata(long id) {
        return db.read(c -> MetadataRows.read(c, id, "detected"));
    }

    @Override
    public void giveMetadata(long id, ArticleMetadata given) {
        db.write(c -> {
            MetadataRows.write(c, id, "given", given);
            applyEffective(c, id);
            return null;
        });
    }

    @Override
    public void replaceGivenText(long id, ArticleMetadata given) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM article_metadata WHERE article_id = ? AND provenance = 'given' AND field <> 'published'")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            MetadataRows.write(c, id, "given", new ArticleMetadata(given.title(), given.outlet(), given.author(), given.url(),
                    null, given.language()));
            applyEffective(c, id);
            return null;
        });
    }

    /** The article's columns become the detected values overridden by the given ones. */
    private static void applyEffective(Connection c, long id) throws SQLException {
        ArticleMetadata effective = MetadataRows.read(c, id, "detected").overriddenBy(MetadataRows.read(c, id, "given"));
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET title = ?, outlet = ?, author = ?, url = ?, "
                + "published = ?, published_precision = ?, language = ? WHERE id = ?")) {
            bindMetadata(ps, 1, effective);
            ps.setLong(8, id);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("no article with id " + id);
            }
        }
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public ArticleMetadata givenMetadata(long id) {
        return db.read(c -> MetadataRows.read(c, id, "given"));
    }

    @Override
    public void givePublicationDate(long id, PublicationDate given) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM article_metadata WHERE article_id = ? AND field = 'published' AND provenance = 'given'")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            if (given != null) {
                MetadataRows.write(c, id, "given", new ArticleMetadata(null, null, null, null, given, null));
            }
            ArticleMetadata effective = MetadataRows.read(c, id, "detected").overriddenBy(MetadataRows.read(c, id, "given"));
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET published = ?, published_precision = ? WHERE id = ?")) {
                PublicationDate p = effective.published();
                ps.setString(1, p == null ? null : p.date().toString());
                ps.setString(2, p == null ? null : p.precision().code());
                ps.setLong(3, id);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("no article with id " + id);
                }
            }
            return null;
        });
    }

    @Override
    public void replaceBody(long id, String body, int bodyStart, int bodyEnd) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET body = ?, body_start = ?, body_end = ? WHERE id = ?")) {
                ps.setString(1, body);
                ps.setInt(2, bodyStart);
                ps.setInt(3, bodyEnd);
                ps.setLong(4, id);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("no article with id " + id);
                }
            }
            return null;
        });
    }

    private static Set<MetadataField> givenFields(Connection c, long id) throws SQLException {
        Set<MetadataField> fields = EnumSet.noneOf(MetadataField.class);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field FROM article_metadata WHERE article_id = ? AND provenance = 'given'")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fields.add(MetadataField.fromCode(rs.getString(1)));
                }
            }
        }
        return fields;
    }

    private static Article article(ResultSet rs, Set<MetadataField> given) throws SQLException {
        ArticleMetadata metadata = new ArticleMetadata(rs.getString("title"), rs.getString("outlet"), rs.getString("author"),
                rs.getString("url"), published(rs.getString("published"), rs.getString("published_precision")),
                rs.getString("language"));
        return new Article(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_hash"),
                rs.getString("media_type"), metadata, given, rs.getString("body"), rs.getInt("body_start"),
                rs.getInt("body_end"), Instant.parse(rs.getString("imported_at")));
    }

    private static PublicationDate published(String date, String precision) {
        if (date == null) {
            return null;
        }
        return new PublicationDate(LocalDate.parse(date), precision == null ? DatePrecision.DAY : DatePrecision.fromCode(precision));
    }
}
