package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the demo case from the invented articles in {@code assets/demo/}, through the same import
 * and annotation services a researcher's actions use.
 */
public final class DemoCase {
    private static final String RESOURCES = "/org/onrecord/demo/";

    private final ImportService importer;
    private final AnnotationService annotations;

    public DemoCase(ImportService importer, AnnotationService annotations) {
        this.importer = importer;
        this.annotations = annotations;
    }

    public void build(CaseStore store, Progress progress) throws IOException {
        Path folder = Files.createTempDirectory("onrecord-demo");
        try {
            Map<String, Long> articleIds = importArticles(store, folder, progress);
            annotate(store, articleIds);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private Map<String, Long> importArticles(CaseStore store, Path folder, Progress progress) throws IOException {
        Map<String, Long> ids = new HashMap<>();
        for (String[] row : rows("articles.tsv", true)) {
            Path file = folder.resolve(row[0]);
            try (InputStream in = resource(row[0])) {
                Files.copy(in, file);
            }
            var given = new ArticleMetadata(row[1], row[2], row[3], null, PublicationDate.day(LocalDate.parse(row[4])), "en");
            ImportReport report = importer.importPaths(store, List.of(file), ImportOptions.defaults().withGiven(given), progress);
            ImportOutcome outcome = report.outcomes().getFirst();
            if (outcome.status() == ImportOutcome.Status.FAILED) {
                throw new IOException("demo article " + row[0] + ": " + outcome.message());
            }
            ids.put(row[0], outcome.articleId());
        }
        return ids;
    }

    private void annotate(CaseStore store, Map<String, Long> articleIds) throws IOException {
        Map<String, Long> entityIds = new HashMap<>();
        List<String[]> rows = rows("annotations.tsv", false);
        for (String[] r : rows) {
            if (r[0].equals("entity")) {
                List<String> aliases = r.length > 3 && !r[3].isBlank() ? Arrays.asList(r[3].split("\\|")) : List.of();
                entityIds.put(r[1], annotations.addEntity(store, r[1], EntityType.fromCode(r[2]), aliases));
            }
        }
        for (Article article : store.articles().all()) {
            markMentions(store, article, entityIds);
        }
        for (String[] r : rows) {
            switch (r[0]) {
                case "statement" -> addStatement(store, articleIds, entityIds, r);
                case "event" -> addEvent(store, articleIds, r);
                default -> {
                }
            }
        }
    }

    private void markMentions(CaseStore store, Article article, Map<String, Long> entityIds) {
        record Name(String text, long entity) {
        }
        List<Name> names = new ArrayList<>();
        for (Entity e : store.entities().all()) {
            if (entityIds.containsValue(e.id())) {
                e.aliases().forEach(a -> names.add(new Name(a, e.id())));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        String body = article.body();
        BitSet taken = new BitSet(body.length());
        for (Name name : names) {
            for (int at = body.indexOf(name.text()); at >= 0; at = body.indexOf(name.text(), at + 1)) {
                int end = at + name.text().length();
                if (wordBounded(body, at, end) && taken.get(at, end).isEmpty()) {
                    taken.set(at, end);
                    annotations.addMention(store, name.entity(), article.id(), TextSpan.of(body, at, end));
                }
            }
        }
    }

    private static boolean wordBounded(String body, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(body.charAt(start - 1)))
                && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)));
    }

    private void addStatement(CaseStore store, Map<String, Long> articleIds, Map<String, Long> entityIds, String[] r) {
        long article = articleIds.get(r[1]);
        TextSpan span = SpanLocator.find(body(store, article), r[2], 1);
        Long speakerEntity = entityIds.get(r[4]);
        String via = field(r, 5);
        String date = field(r, 7);
        annotations.addStatement(store, article, span, r[3], r[4], speakerEntity, via, "direct".equals(field(r, 6)),
                date == null ? null : LocalDate.parse(date));
    }

    private void addEvent(CaseStore store, Map<String, Long> articleIds, String[] r) {
        long article = articleIds.get(r[1]);
        TextSpan span = SpanLocator.find(body(store, article), r[2], 1);
        DateValue date = new DateValue(r[3], parse(field(r, 4)), parse(field(r, 5)), DatePrecision.fromCode(r[6]));
        annotations.addEvent(store, article, span, date, field(r, 7));
    }

    private static String body(CaseStore store, long articleId) {
        return store.articles().find(articleId).orElseThrow().body();
    }

    private static LocalDate parse(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static String field(String[] row, int index) {
        return row.length > index && !row[index].isBlank() ? row[index] : null;
    }

    private static List<String[]> rows(String name, boolean header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = resource(name)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = header ? 1 : 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static InputStream resource(String name) {
        InputStream in = DemoCase.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("demo resource missing: " + name));
        }
        return in;
    }
}
