package org.onrecord.ui.articles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Note.NoteTarget;
import org.onrecord.progress.Progress;
import org.onrecord.ui.common.DemoCaseExtension;
import org.onrecord.ui.common.DemoCaseFixture;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article list and its full-text search over the demo case. */
@ExtendWith(DemoCaseExtension.class)
class ArticlesViewModelTest {
    final DemoCaseFixture demo;
    final ArticlesViewModel articles;

    ArticlesViewModelTest(DemoCaseFixture demo) {
        this.demo = demo;
        this.articles = new ArticlesViewModel(demo.state, new ImmediateTaskRunner(), () -> demo.open);
    }

    @Test
    void everyArticleIsARowWithItsOutletDateAndCounts() {
        assertThat(articles.rows()).hasSize(3);
        ArticleRow union = articles.rows().stream().filter(r -> r.outlet().equals("Harbour News")).findFirst().orElseThrow();
        assertThat(union.title()).isEqualTo("Union says leaked lease is genuine, threatens strike");
        assertThat(union.dateText()).isEqualTo("2021-03-12");
        assertThat(union.statements()).isEqualTo(4);
    }

    @Test
    void theFilterMatchesTitleOutletOrDate() {
        articles.filterProperty().set("elling gazette");
        assertThat(articles.rows()).hasSize(2);

        articles.filterProperty().set("2021-03-12");
        assertThat(articles.rows()).extracting(ArticleRow::outlet).containsExactly("Harbour News");
    }

    @Test
    void choosingAnArticleShowsItInEveryPane() {
        long auditor = demo.article("Auditor finds");

        articles.choose(auditor);

        assertThat(demo.state.article()).isEqualTo(auditor);
        assertThat(articles.selectedProperty().get()).isEqualTo(auditor);
    }

    @Test
    void anArticleOpenedElsewhereIsSelectedInTheList() {
        long union = demo.article("Union says");

        demo.state.selectArticle(union, PaneId.TIMELINE);

        assertThat(articles.selectedProperty().get()).isEqualTo(union);
    }

    @Test
    void aSearchListsTheArticlesThatMatchAndSaysHowMany() {
        articles.queryProperty().set("auditor");

        articles.search();

        assertThat(articles.hits()).isNotEmpty().extracting(h -> h.articleId()).contains(demo.article("Auditor finds"));
        assertThat(articles.searchStatusProperty().get()).isEqualTo(articles.hits().size() + (articles.hits().size() == 1 ? " article matches" : " articles match")
                + " · Esc: back to the list");
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        articles.queryProperty().set("zeppelin");

        articles.search();

        assertThat(articles.hits()).isEmpty();
        assertThat(articles.searchStatusProperty().get()).isEqualTo("Nothing matches “zeppelin”");
    }

    @Test
    void openingAHitShowsItsArticleAtTheFirstMatchedWord() {
        articles.queryProperty().set("forgeries");
        articles.search();

        articles.openHit(articles.hits().getFirst());

        long article = articles.hits().getFirst().articleId();
        assertThat(demo.state.article()).isEqualTo(article);
        assertThat(demo.state.searchQueryProperty().get()).isEqualTo("forgeries");
        Focus.OnSpan span = (Focus.OnSpan) demo.state.focus().focus();
        String body = demo.open.article(article).orElseThrow().body();
        assertThat(body.substring(span.start(), span.end())).isEqualToIgnoringCase("forgeries");
    }

    @Test
    void aNoteFoundBySearchFocusesWhatItIsAbout() {
        long forgeries = demo.statement("These documents are forgeries.");
        demo.edits.run("Note added.", c -> c.addNote(NoteTarget.STATEMENT, forgeries, "check the zeppelin archive"));
        articles.queryProperty().set("zeppelin");
        articles.search();

        assertThat(articles.noteHits()).hasSize(1);
        articles.openNote(articles.noteHits().getFirst());

        assertThat(demo.state.focus().focus()).isEqualTo(new Focus.OnStatement(forgeries));
        assertThat(articles.searchStatusProperty().get()).isEqualTo("0 articles match, 1 note · Esc: back to the list");
    }

    @Test
    void clearingTheSearchEmptiesHitsAndTheSharedQuery() {
        articles.queryProperty().set("forgeries");
        articles.search();
        articles.openHit(articles.hits().getFirst());

        articles.clearSearch();

        assertThat(articles.hits()).isEmpty();
        assertThat(articles.queryProperty().get()).isEmpty();
        assertThat(demo.state.searchQueryProperty().get()).isEmpty();
    }

    @Test
    void aNewlyImportedArticleAppearsAfterTheReload(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("quay.txt"), "Quay sold\n\nThe north quay was sold on Friday.\n");
        demo.open.importPaths(List.of(file), Progress.NONE);

        demo.reload();

        assertThat(articles.rows()).hasSize(4).extracting(ArticleRow::title).contains("Quay sold");
    }
}
