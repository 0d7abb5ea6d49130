package org.onrecord.suggest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.service.ImportOptions;
import org.onrecord.progress.Progress;
import org.onrecord.service.SpanLocator;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisServiceTest {
    static final String TEXT = "Ferry talks collapse\n\nThe ferry union walked out of talks on Tuesday. Negotiations began "
            + "last month and the contract expires on Nov. 24, the union said. Talks lasted three days.\n";

    @TempDir
    Path dir;
    AppServices services;
    CaseStore store;
    long article;

    @BeforeEach
    void setUp() throws Exception {
        services = new AppServices();
        store = services.cases().create(dir.resolve("c.onrecord"));
        Path file = Files.writeString(dir.resolve("ferry.txt"), TEXT);
        var given = new ArticleMetadata(null, null, null, null, PublicationDate.day(LocalDate.of(2014, 12, 5)), null);
        article = services.importer().importPaths(store, List.of(file), ImportOptions.defaults().withGiven(given), Progress.NONE)
                .outcomes().getFirst().articleId();
    }

    @AfterEach
    void tearDown() {
        store.close();
        services.close();
    }

    private Event event(String words) {
        return store.events().all().stream().filter(e -> e.span().text().equals(words)).findFirst().orElseThrow();
    }

    @Test
    void suggestsDatesResolvedAgainstThePublicationDateButNoDurations() {
        services.analysis().analyze(store, List.of(), Progress.NONE);
        assertThat(event("Tuesday").date().value()).isEqualTo("2014-12-02");
        assertThat(event("last month").date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(event("Nov. 24").date().value()).isEqualTo("2014-11-24");
        assertThat(store.events().all()).noneMatch(e -> e.span().text().contains("three days"));
        assertThat(store.events().all()).allMatch(e -> e.origin() == Origin.SUGGESTED && e.state() == ReviewState.SUGGESTED);
    }

    @Test
    void runningAgainReplacesOnlyUnreviewedSuggestions() {
        services.analysis().analyze(store, List.of(), Progress.NONE);
        int first = store.events().all().size();
        services.analysis().analyze(store, List.of(), Progress.NONE);
        assertThat(store.events().all()).hasSize(first);
    }

    @Test
    void neverProposesWordsAResearcherAlreadyAnnotatedOrRejected() {
        String body = store.articles().find(article).orElseThrow().body();
        store.events().add(new Event(0, article, SpanLocator.find(body, "on Tuesday", 1),
                DateValue.day(LocalDate.of(2014, 12, 1)), "walk-out (checked by phone)", true, Origin.RESEARCHER,
                ReviewState.ACCEPTED, AnchorState.ANCHORED));
        services.analysis().analyze(store, List.of(), Progress.NONE);
        Event lastMonth = event("last month");
        store.events().put(new Event(lastMonth.id(), article, lastMonth.span(), lastMonth.date(), null, false, Origin.SUGGESTED,
                ReviewState.REJECTED, AnchorState.ANCHORED));
        services.analysis().analyze(store, List.of(), Progress.NONE);
        assertThat(store.events().all()).filteredOn(e -> e.span().overlaps(body.indexOf("Tuesday"), body.indexOf("Tuesday") + 7))
                .singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo(Origin.RESEARCHER));
        assertThat(store.events().all()).filteredOn(e -> e.span().text().equals("last month"))
                .singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(ReviewState.REJECTED));
    }
}
