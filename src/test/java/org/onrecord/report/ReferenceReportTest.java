package org.onrecord.report;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.TextSpan;
import org.onrecord.service.ImportOptions;
import org.onrecord.progress.Progress;
import org.onrecord.service.SpanLocator;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reference case: both seed articles imported, annotated with the hand-made gold of
 * {@code ../shared/seeds/gold.json} (quotes as statements, entities with their mentions, DATE
 * expressions as events), reported with the appendix. Nothing of the seeds is kept in the repo:
 * the PDF goes to {@code target/reference-report/} (its page images are in docs/report/).
 */
class ReferenceReportTest {
    static final Path SEEDS = Path.of("../shared/seeds");
    static final Path OUT = Path.of("target/reference-report");

    @Test
    @SuppressWarnings("unchecked")
    void referenceCaseReportCitesEveryGoldQuote() throws Exception {
        assumeTrue(Files.isRegularFile(SEEDS.resolve("gold.json")), "../shared/seeds is not beside the repository");
        Files.createDirectories(OUT);
        Path caseFile = OUT.resolve("sony.onrecord");
        Files.deleteIfExists(caseFile);
        Map<String, Object> gold = (Map<String, Object>) JsonLite.parse(Files.readString(SEEDS.resolve("gold.json")));
        int quotes = 0;
        ReportModel model;
        try (AppServices services = new AppServices(); CaseStore store = services.cases().create(caseFile)) {
            Map<String, Long> entities = new HashMap<>();
            for (Object o : (List<Object>) gold.get("docs")) {
                Map<String, Object> doc = (Map<String, Object>) o;
                LocalDate published = LocalDate.parse((String) doc.get("pub_date"));
                var given = new ArticleMetadata(null, (String) doc.get("source"), null, null, PublicationDate.day(published), "en");
                long article = services.importer().importPaths(store, List.of(SEEDS.resolve((String) doc.get("file"))),
                        ImportOptions.defaults().withGiven(given), Progress.NONE).outcomes().getFirst().articleId();
                String body = store.articles().find(article).orElseThrow().body();
                for (Object e : (List<Object>) doc.get("entities")) {
                    Map<String, Object> ent = (Map<String, Object>) e;
                    String name = (String) ent.get("name");
                    List<String> aliases = (List<String>) ent.get("aliases");
                    String type = (String) ent.get("type");
                    long id = entities.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> services.annotations().addEntity(store, name,
                            type.equals("MISC") ? EntityType.OTHER : EntityType.fromCode(type), aliases.stream().filter(a -> !a.equals(name)).toList()));
                    for (String alias : aliases) {
                        int at = body.indexOf(alias);
                        if (at >= 0) {
                            services.annotations().addMention(store, id, article, TextSpan.of(body, at, at + alias.length()));
                        }
                    }
                }
                for (Object q : (List<Object>) doc.get("quotes")) {
                    Map<String, Object> quote = (Map<String, Object>) q;
                    String words = strip((String) quote.get("text"));
                    int at = body.indexOf(words);
                    if (at < 0) {
                        continue;
                    }
                    services.annotations().addStatement(store, article, TextSpan.of(body, at, at + words.length()),
                            (String) quote.get("kind"), (String) quote.get("speaker"), null, null, true, null);
                    quotes++;
                }
                for (Object t : (List<Object>) doc.get("timex")) {
                    Map<String, Object> timex = (Map<String, Object>) t;
                    if (!"DATE".equals(timex.get("type"))) {
                        continue;
                    }
                    int occ = timex.get("occ") instanceof Double d ? d.intValue() : 1;
                    TextSpan span;
                    try {
                        span = SpanLocator.find(body, (String) timex.get("text"), occ);
                    } catch (RuntimeException notThere) {
                        continue;
                    }
                    DateValue date = date((String) timex.get("value"), (List<String>) timex.get("accept"), published);
                    services.annotations().addEvent(store, article, span, date, (String) timex.get("note"));
                }
            }
            model = services.reports().writePdf(store, ReportOptions.defaults().withTitle("Sony Pictures hack: North Korea’s denials")
                    .withAuthor("Onrecord reference case").withAppendix(true).dated(LocalDate.of(2026, 11, 23)),
                    OUT.resolve("reference-report.pdf"), Progress.NONE);
        }
        assertThat(quotes).isGreaterThanOrEqualTo(9);
        assertThat(model.counts().citations()).isEqualTo(quotes);
        try (var pdf = Loader.loadPDF(OUT.resolve("reference-report.pdf").toFile())) {
            String text = PdfReading.squash(String.join(" ", PdfReading.pageTexts(pdf)));
            for (var g : model.groups()) {
                for (var s : g.statements()) {
                    assertThat(text).contains(PdfReading.squash(s.words()));
                    s.citations().forEach(c -> assertThat(text).contains(c.label()));
                }
            }
        }
    }

    private static String strip(String quoted) {
        String s = quoted.strip();
        while (!s.isEmpty() && "“”\"‘’',".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && "“”\"‘’',".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    static DateValue date(String value, List<String> accept, LocalDate published) {
        for (String a : accept) {
            if (a.contains("/")) {
                String[] ab = a.split("/");
                LocalDate from = start(ab[0]);
                LocalDate to = end(ab[1]);
                if (from != null && to != null) {
                    return new DateValue(value, from, to, value.matches("\\d{4}-W\\d\\d") ? DatePrecision.WEEK : DatePrecision.VAGUE);
                }
            }
        }
        if (value.matches("\\d{4}-\\d\\d-\\d\\d")) {
            return DateValue.day(LocalDate.parse(value));
        }
        if (value.matches("\\d{4}-\\d\\d")) {
            return new DateValue(value, start(value), end(value), DatePrecision.MONTH);
        }
        if (value.matches("\\d{4}-W\\d\\d")) {
            LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                    .with(WeekFields.ISO.dayOfWeek(), 1);
            return new DateValue(value, monday, monday.plusDays(6), DatePrecision.WEEK);
        }
        return new DateValue(value, null, "PAST_REF".equals(value) ? published : null, DatePrecision.VAGUE);
    }

    private static LocalDate start(String v) {
        return v.length() == 10 ? LocalDate.parse(v) : v.length() == 7 ? LocalDate.parse(v + "-01") : null;
    }

    private static LocalDate end(String v) {
        if (v.length() == 10) {
            return LocalDate.parse(v);
        }
        if (v.length() == 7) {
            LocalDate first = LocalDate.parse(v + "-01");
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        return null;
    }
}
