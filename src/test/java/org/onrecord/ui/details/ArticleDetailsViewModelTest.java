package org.onrecord.ui.details;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.DatePrecision;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.annotate.ServiceAnnotationCommands;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article details pane saves through the undo history and follows an undo. */
class ArticleDetailsViewModelTest {
    @TempDir
    Path dir;
    AppServices services;
    OpenCase open;
    WorkbenchState state;
    ArticleDetailsViewModel details;
    AnnotationCommands commands;
    long article;

    @BeforeEach
    void openCase() throws Exception {
        services = new AppServices();
        open = services.cases().createCase(dir.resolve("case.onrecord"));
        Path file = Files.writeString(dir.resolve("talks.txt"), "Harbour talks\n\nThe harbour talks went on, officials said.\n");
        open.importPaths(List.of(file), Progress.NONE);
        state = new WorkbenchState();
        Runnable reload = () -> state.replaceSnapshot(open.snapshot());
        commands = new ServiceAnnotationCommands(open.edits(), reload);
        details = new ArticleDetailsViewModel(state, new ImmediateTaskRunner(), () -> open, reload);
        state.reset(open.snapshot());
        article = open.snapshot().articles().getFirst().id();
        state.selectArticle(article, PaneId.ARTICLES);
    }

    @AfterEach
    void close() {
        open.close();
        services.close();
    }

    @Test
    void ctrlZTakesBackATitleTypedInTheDetails() {
        String detected = details.titleProperty().get();
        assertThat(detected).isNotBlank();

        details.titleProperty().set("Talks resume in Elling");
        details.save();
        assertThat(details.messageProperty().get()).isEqualTo("Saved.");
        assertThat(open.article(article).orElseThrow().metadata().title()).isEqualTo("Talks resume in Elling");

        assertThat(commands.undo()).isPresent();

        assertThat(open.article(article).orElseThrow().metadata().title()).isEqualTo(detected);
        assertThat(details.titleProperty().get()).as("the pane shows the title again").isEqualTo(detected);
        assertThat(commands.redo()).isPresent();
        assertThat(details.titleProperty().get()).isEqualTo("Talks resume in Elling");
    }

    @Test
    void theChosenArticlesDetailsAreShown() {
        assertThat(details.editableProperty().get()).isTrue();
        assertThat(details.fileInfoProperty().get()).startsWith("Read from talks.txt (plain text, ");
        assertThat(details.messageProperty().get()).isEmpty();
    }

    @Test
    void withNoArticleChosenThereIsNothingToEdit() {
        state.selectArticle(null, PaneId.ARTICLES);

        assertThat(details.editableProperty().get()).isFalse();
        assertThat(details.titleProperty().get()).isEmpty();
    }

    @Test
    void aMonthTypedAsThePublicationDateIsSavedAsAMonth() {
        details.publishedProperty().set("2021-03");
        details.save();

        var published = open.article(article).orElseThrow().metadata().published();
        assertThat(published.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(details.publishedProperty().get()).isEqualTo("2021-03");
    }

    @Test
    void aPublicationDateThatIsNoDateIsRefusedAndNothingIsSaved() {
        details.titleProperty().set("Talks resume in Elling");
        details.publishedProperty().set("last spring");
        details.save();

        assertThat(details.messageProperty().get()).isEqualTo("'last spring' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        assertThat(open.edits().undoDescription()).isEmpty();
    }

    @Test
    void savingUnchangedDetailsMakesNoEdit() {
        details.save();

        assertThat(open.edits().undoDescription()).isEmpty();
    }
}
