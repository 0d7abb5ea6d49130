package org.onrecord.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.MetadataField;
import org.onrecord.model.PublicationDate;
import org.onrecord.store.NewArticle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Title, outlet, author and URL edits are researcher edits like any other: in the one undo history. */
class ArticleDetailsEditTest {
    @TempDir
    Path dir;
    AppServices services;
    OpenCase open;
    long article;

    @BeforeEach
    void openCase() {
        services = new AppServices();
        open = services.cases().createCase(dir.resolve("case.onrecord"));
        String body = "The harbour talks went on.";
        ArticleMetadata detected = new ArticleMetadata("Harbour talks", "Elling Gazette", null, null,
                PublicationDate.day(LocalDate.of(2014, 12, 5)), "en");
        article = open.store().articles().add(new NewArticle("talks.txt", "hash-talks", "text/plain", "UTF-8",
                body.getBytes(StandardCharsets.UTF_8), body, 0, body.length(), detected, ArticleMetadata.EMPTY));
    }

    @AfterEach
    void close() {
        open.close();
        services.close();
    }

    private Article article() {
        return open.article(article).orElseThrow();
    }

    private static ArticleMetadata title(String title) {
        return new ArticleMetadata(title, null, null, null, null, null);
    }

    @Test
    void undoRestoresTheTitleTheResearcherReplaced() {
        open.edits().giveMetadata(article, title("Talks resume in Elling"));
        assertThat(article().metadata().title()).isEqualTo("Talks resume in Elling");
        assertThat(open.snapshot().article(article).orElseThrow().title()).isEqualTo("Talks resume in Elling");

        assertThat(open.edits().undo()).hasValueSatisfying(d -> assertThat(d).contains("title"));

        assertThat(article().metadata().title()).isEqualTo("Harbour talks");
        assertThat(article().given()).doesNotContain(MetadataField.TITLE);
        assertThat(open.snapshot().article(article).orElseThrow().title()).isEqualTo("Harbour talks");
        open.edits().redo();
        assertThat(article().metadata().title()).isEqualTo("Talks resume in Elling");
        assertThat(article().given()).contains(MetadataField.TITLE);
    }

    @Test
    void undoOfASecondTitleBringsBackTheFirstOneGiven() {
        open.edits().giveMetadata(article, title("First"));
        open.edits().giveMetadata(article, new ArticleMetadata("  Second ", null, "A. Writer", null, null, null));
        assertThat(article().metadata().title()).isEqualTo("Second");

        open.edits().undo();

        assertThat(article().metadata().title()).isEqualTo("First");
        assertThat(article().metadata().author()).isNull();
        assertThat(article().metadata().outlet()).as("a field not given keeps its value").isEqualTo("Elling Gazette");
    }

    @Test
    void detailsAndPublicationDateGivenTogetherAreOneEdit() {
        open.edits().giveMetadata(article, new ArticleMetadata(null, "Harbour News", null, "https://example.org/talks",
                PublicationDate.day(LocalDate.of(2015, 1, 2)), null));
        assertThat(article().metadata().outlet()).isEqualTo("Harbour News");
        assertThat(article().metadata().published()).isEqualTo(PublicationDate.day(LocalDate.of(2015, 1, 2)));

        open.edits().undo();

        assertThat(article().metadata().outlet()).isEqualTo("Elling Gazette");
        assertThat(article().metadata().url()).isNull();
        assertThat(article().metadata().published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
        assertThat(open.history().canUndo()).isFalse();
    }

    @Test
    void givingWhatTheArticleAlreadySaysIsNoEdit() {
        open.edits().giveMetadata(article, title("Harbour talks"));
        open.edits().giveMetadata(article, title("Renamed"));
        assertThat(open.edits().giveMetadata(article, title(" Renamed "))).isEmpty();
        open.edits().undo();
        assertThat(article().metadata().title()).isEqualTo("Harbour talks");
    }
}
