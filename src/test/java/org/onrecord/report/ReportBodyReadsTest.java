package org.onrecord.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.PublicationDate;
import org.onrecord.progress.Progress;
import org.onrecord.store.ArticleRepository;
import org.onrecord.store.CaseStore;
import org.onrecord.store.EntityRepository;
import org.onrecord.store.EventRepository;
import org.onrecord.store.NewArticle;
import org.onrecord.store.NoteRepository;
import org.onrecord.store.SearchIndex;
import org.onrecord.store.StatementRepository;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A report prints what it was asked for and reads no more: bodies counted as the real SQLite store hands them out. */
class ReportBodyReadsTest {
    @TempDir
    Path dir;

    @Test
    void aReportOfOneArticleReadsOnlyThatArticlesBody() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            long a2 = built.articles().get("a2");
            try (CaseStore real = services.cases().open(built.caseFile())) {
                Counting store = new Counting(real);
                ReportModel model = services.reports().writePdf(store, ReportOptions.defaults().withArticles(Set.of(a2)),
                        dir.resolve("one.pdf"), Progress.NONE);
                assertThat(model.sources()).extracting(s -> s.article().id()).containsExactly(a2);
                assertThat(model.counts().statements()).isPositive();
                assertThat(store.bodiesRead).containsOnly(a2);
            }
        }
    }

    @Test
    void aReportWithoutAppendixKeepsNoBodyButStillNumbersParagraphs() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            try (CaseStore real = services.cases().open(built.caseFile())) {
                Counting store = new Counting(real);
                ReportModel model = services.reports().model(store, ReportOptions.defaults());
                assertThat(model.sources()).allSatisfy(s -> assertThat(s.article().body()).isEmpty());
                assertThat(store.bodiesRead).as("each cited body read once").doesNotHaveDuplicates();
                // the shared words are the second paragraph's in a1 and the third's in a2 (title first)
                assertThat(model.groups().stream().flatMap(g -> g.statements().stream())
                        .filter(r -> r.citations().size() == 2).findFirst().orElseThrow().citations())
                        .extracting(ReportModel.Citation::paragraph).containsExactly(3, 3);
            }
        }
    }

    @Test
    void aCsvExportOfOneArticleReadsOnlyThatArticlesBody() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            long a3 = built.articles().get("a3");
            try (CaseStore real = services.cases().open(built.caseFile())) {
                Counting store = new Counting(real);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                services.exchange().writeCsv(store, ReportOptions.defaults().withArticles(Set.of(a3)), CsvExporter.Table.EVENTS, out);
                assertThat(out.toString()).contains("\n");
                assertThat(store.bodiesRead).containsOnly(a3);
            }
        }
    }

    @Test
    void theJsonExportReadsOneBodyAtATimeAndEachOnce() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            try (CaseStore real = services.cases().open(built.caseFile())) {
                Counting store = new Counting(real);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                services.exporter().exportJson(store, out);
                assertThat(store.wholeReads).as("every body asked for at once").isZero();
                assertThat(store.bodiesRead).containsExactlyInAnyOrderElementsOf(built.articles().values());
                String json = out.toString(StandardCharsets.UTF_8);
                assertThat(json.split("\"body\":", -1)).hasSize(built.articles().size() + 1);
            }
        }
    }

    /** The real store, with every article body it hands out noted. */
    static final class Counting implements CaseStore {
        final CaseStore real;
        final List<Long> bodiesRead = new ArrayList<>();
        /** Times every article was asked for with its body at once. */
        int wholeReads;

        Counting(CaseStore real) {
            this.real = real;
        }

        @Override
        public Path path() {
            return real.path();
        }

        @Override
        public void refuseWrites(String sentence) {
            real.refuseWrites(sentence);
        }

        @Override
        public ArticleRepository articles() {
            ArticleRepository articles = real.articles();
            return new ArticleRepository() {
                @Override
                public long add(NewArticle article) {
                    return articles.add(article);
                }

                @Override
                public Optional<Article> find(long id) {
                    Optional<Article> found = articles.find(id);
                    found.ifPresent(a -> bodiesRead.add(a.id()));
                    return found;
                }

                @Override
                public Optional<Long> findIdByHash(String contentHash) {
                    return articles.findIdByHash(contentHash);
                }

                @Override
                public List<ArticleSummary> summaries() {
                    return articles.summaries();
                }

                @Override
                public List<Article> all() {
                    List<Article> all = articles.all();
                    wholeReads++;
                    all.forEach(a -> bodiesRead.add(a.id()));
                    return all;
                }

                @Override
                public List<Article> allWithoutBodies() {
                    return articles.allWithoutBodies();
                }

                @Override
                public void forEachBody(Collection<Long> ids, BiConsumer<Long, String> each) {
                    articles.forEachBody(ids, (id, body) -> {
                        bodiesRead.add(id);
                        each.accept(id, body);
                    });
                }

                @Override
                public byte[] original(long id) {
                    return articles.original(id);
                }

                @Override
                public ArticleMetadata detectedMetadata(long id) {
                    return articles.detectedMetadata(id);
                }

                @Override
                public void giveMetadata(long id, ArticleMetadata given) {
                    articles.giveMetadata(id, given);
                }

                @Override
                public int count() {
                    return articles.count();
                }

                @Override
                public ArticleMetadata givenMetadata(long id) {
                    return articles.givenMetadata(id);
                }

                @Override
                public void replaceGivenText(long id, ArticleMetadata given) {
                    articles.replaceGivenText(id, given);
                }

                @Override
                public void givePublicationDate(long id, PublicationDate given) {
                    articles.givePublicationDate(id, given);
                }

                @Override
                public void replaceBody(long id, String body, int bodyStart, int bodyEnd) {
                    articles.replaceBody(id, body, bodyStart, bodyEnd);
                }
            };
        }

        @Override
        public EntityRepository entities() {
            return real.entities();
        }

        @Override
        public StatementRepository statements() {
            return real.statements();
        }

        @Override
        public EventRepository events() {
            return real.events();
        }

        @Override
        public SearchIndex searchIndex() {
            return real.searchIndex();
        }

        @Override
        public NoteRepository notes() {
            return real.notes();
        }

        @Override
        public Optional<String> setting(String key) {
            return real.setting(key);
        }

        @Override
        public void putSetting(String key, String value) {
            real.putSetting(key, value);
        }

        @Override
        public <T> T transaction(Supplier<T> work) {
            return real.transaction(work);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
