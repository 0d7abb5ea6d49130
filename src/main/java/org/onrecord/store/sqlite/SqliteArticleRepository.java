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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

final class SqliteArticleRepository implements ArticleRepository {
    private static final String COLUMNS = "id, file_name, content_hash, media_type, title, outlet, author, url, "
            + "published, published_precision, language, body, body_start, body_end, imported_at";
    /** The same columns with the body left empty. */
    private static final String HEADER_COLUMNS = COLUMNS.replace(" body,", " '' AS body,");

    private final Database db;

    SqliteArticleRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(NewArticle a) {
        ArticleMetadata effective = a.detected().overriddenBy(a.given());
        return db.write(c -> {
            long id = Sql.insert(c, 0, "INSERT INTO article (file_name, content_hash, media_type, charset, "
                    + "title, outlet, author, url, published, published_precision, language, body, body_start, body_end, "
                    + "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.fileName(), a.contentHash(),
                    a.mediaType(), a.charset(), metadata(effective), a.body(), a.bodyStart(), a.bodyEnd(), Instant.now());
            Sql.update(c, "INSERT INTO article_original (article_id, bytes) VALUES (?, ?)", id, a.original());
            MetadataRows.write(c, id, "detected", a.detected());
            MetadataRows.write(c, id, "given", a.given());
            return id;
        });
    }

    /** The seven metadata columns, title to language, bound in one go. */
    private static Sql.Values metadata(ArticleMetadata m) {
        return new Sql.Values(m.title(), m.outlet(), m.author(), m.url(), publishedDate(m.published()),
                publishedPrecision(m.published()), m.language());
    }

    private static String publishedDate(PublicationDate p) {
        return p == null ? null : p.date().toString();
    }

    private static String publishedPrecision(PublicationDate p) {
        return p == null ? null : p.precision().code();
    }

    @Override
    public Optional<Article> find(long id) {
        return db.read(c -> {
            Set<MetadataField> given = givenFields(c, id);
            return Sql.first(c, "SELECT " + COLUMNS + " FROM article WHERE id = ?", rs -> article(rs, given), id);
        });
    }

    @Override
    public Optional<Long> findIdByHash(String contentHash) {
        return db.read(c -> Sql.first(c, "SELECT id FROM article WHERE content_hash = ?", rs -> rs.getLong(1), contentHash));
    }

    private static final String SUMMARY = """
            SELECT a.id, a.file_name, a.title, a.outlet, a.published, a.published_precision,
                   (SELECT count(DISTINCT entity_id) FROM mention m WHERE m.article_id = a.id AND m.state <> 'rejected'),
                   (SELECT count(*) FROM statement s WHERE s.article_id = a.id AND s.state <> 'rejected'),
                   (SELECT count(*) FROM event e WHERE e.article_id = a.id AND e.state <> 'rejected')
            FROM article a""";

    @Override
    public List<ArticleSummary> summaries() {
        return db.read(c -> Sql.list(c, SUMMARY + " ORDER BY a.id", SqliteArticleRepository::summary));
    }

    @Override
    public Optional<ArticleSummary> summary(long id) {
        return db.read(c -> Sql.first(c, SUMMARY + " WHERE a.id = ?", SqliteArticleRepository::summary, id));
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                published(rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9));
    }

    @Override
    public List<Article> allWithoutBodies() {
        return db.read(c -> Sql.list(c, "SELECT " + HEADER_COLUMNS + " FROM article ORDER BY id",
                rs -> article(rs, givenFields(c, rs.getLong("id")))));
    }

    @Override
    public void forEachBody(Collection<Long> ids, BiConsumer<Long, String> each) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
                for (long id : sorted) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            each.accept(id, rs.getString(1));
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<Article> all() {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM article ORDER BY id",
                rs -> article(rs, givenFields(c, rs.getLong("id")))));
    }

    @Override
    public byte[] original(long id) {
        return db.read(c -> Sql.first(c, "SELECT bytes FROM article_original WHERE article_id = ?", rs -> rs.getBytes(1), id))
                .orElseThrow(() -> new StoreException("no article with id " + id));
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
            Sql.update(c, "DELETE FROM article_metadata WHERE article_id = ? AND provenance = 'given' AND field <> 'published'", id);
            MetadataRows.write(c, id, "given", new ArticleMetadata(given.title(), given.outlet(), given.author(), given.url(),
                    null, given.language()));
            applyEffective(c, id);
            return null;
        });
    }

    /** The article's columns become the detected values overridden by the given ones. */
    private static void applyEffective(Connection c, long id) throws SQLException {
        ArticleMetadata effective = MetadataRows.read(c, id, "detected").overriddenBy(MetadataRows.read(c, id, "given"));
        updateOne(c, id, "UPDATE article SET title = ?, outlet = ?, author = ?, url = ?, "
                + "published = ?, published_precision = ?, language = ? WHERE id = ?", metadata(effective), id);
    }

    @Override
    public int count() {
        return db.read(c -> Sql.first(c, "SELECT count(*) FROM article", rs -> rs.getInt(1)).orElseThrow());
    }

    @Override
    public ArticleMetadata givenMetadata(long id) {
        return db.read(c -> MetadataRows.read(c, id, "given"));
    }

    @Override
    public void givePublicationDate(long id, PublicationDate given) {
        db.write(c -> {
            Sql.update(c, "DELETE FROM article_metadata WHERE article_id = ? AND field = 'published' AND provenance = 'given'", id);
            if (given != null) {
                MetadataRows.write(c, id, "given", new ArticleMetadata(null, null, null, null, given, null));
            }
            ArticleMetadata effective = MetadataRows.read(c, id, "detected").overriddenBy(MetadataRows.read(c, id, "given"));
            PublicationDate p = effective.published();
            updateOne(c, id, "UPDATE article SET published = ?, published_precision = ? WHERE id = ?", publishedDate(p),
                    publishedPrecision(p), id);
            return null;
        });
    }

    @Override
    public void replaceBody(long id, String body, int bodyStart, int bodyEnd) {
        db.write(c -> {
            updateOne(c, id, "UPDATE article SET body = ?, body_start = ?, body_end = ? WHERE id = ?", body, bodyStart, bodyEnd, id);
            // the "said on" answers were read from the old sentences, which a kept span no longer shows
            Sql.update(c, "DELETE FROM said_on_check WHERE statement_id IN (SELECT id FROM statement WHERE article_id = ?)", id);
            return null;
        });
    }

    /** An update of the one article {@code id}; none changed means there is no such article. */
    private static void updateOne(Connection c, long id, String sql, Object... params) throws SQLException {
        if (Sql.update(c, sql, params) != 1) {
            throw new StoreException("no article with id " + id);
        }
    }

    private static Set<MetadataField> givenFields(Connection c, long id) throws SQLException {
        Set<MetadataField> fields = EnumSet.noneOf(MetadataField.class);
        fields.addAll(Sql.list(c, "SELECT field FROM article_metadata WHERE article_id = ? AND provenance = 'given'",
                rs -> MetadataField.fromCode(rs.getString(1)), id));
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
