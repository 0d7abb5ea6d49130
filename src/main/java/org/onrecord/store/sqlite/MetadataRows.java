package org.onrecord.store.sqlite;

import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.MetadataField;
import org.onrecord.model.PublicationDate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the per-field metadata rows, detected and given kept apart. */
final class MetadataRows {
    private MetadataRows() {
    }

    static void write(Connection c, long articleId, String provenance, ArticleMetadata metadata) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        asMap(metadata).forEach((field, value) -> rows.add(new Object[] {articleId, field.code(), provenance, value}));
        Sql.batch(c, "INSERT OR REPLACE INTO article_metadata (article_id, field, provenance, value) VALUES (?, ?, ?, ?)", rows);
    }

    static ArticleMetadata read(Connection c, long articleId, String provenance) throws SQLException {
        Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);
        for (Map.Entry<MetadataField, String> row : Sql.list(c,
                "SELECT field, value FROM article_metadata WHERE article_id = ? AND provenance = ?",
                rs -> Map.entry(MetadataField.fromCode(rs.getString(1)), rs.getString(2)), articleId, provenance)) {
            values.put(row.getKey(), row.getValue());
        }
        return fromMap(values);
    }

    static Map<MetadataField, String> asMap(ArticleMetadata m) {
        Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);
        putIfPresent(values, MetadataField.TITLE, m.title());
        putIfPresent(values, MetadataField.OUTLET, m.outlet());
        putIfPresent(values, MetadataField.AUTHOR, m.author());
        putIfPresent(values, MetadataField.URL, m.url());
        if (m.published() != null) {
            values.put(MetadataField.PUBLISHED, m.published().date() + "/" + m.published().precision().code());
        }
        putIfPresent(values, MetadataField.LANGUAGE, m.language());
        return values;
    }

    private static ArticleMetadata fromMap(Map<MetadataField, String> v) {
        PublicationDate published = null;
        String p = v.get(MetadataField.PUBLISHED);
        if (p != null) {
            String[] parts = p.split("/", 2);
            published = new PublicationDate(LocalDate.parse(parts[0]), DatePrecision.fromCode(parts[1]));
        }
        return new ArticleMetadata(v.get(MetadataField.TITLE), v.get(MetadataField.OUTLET), v.get(MetadataField.AUTHOR),
                v.get(MetadataField.URL), published, v.get(MetadataField.LANGUAGE));
    }

    private static void putIfPresent(Map<MetadataField, String> values, MetadataField field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
        }
    }
}
