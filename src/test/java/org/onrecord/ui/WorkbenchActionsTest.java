package org.onrecord.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.ImportReport;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.statements.StatementsViewModel;
import org.onrecord.ui.timeline.TimelineViewModel;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window's menus do with cases, on the immediate task runner over real case files. */
class WorkbenchActionsTest {
    @TempDir
    Path dir;
    AppServices services;
    WorkbenchState state;
    RecentCases recent;
    WorkbenchActions actions;
    final List<String> errors = new ArrayList<>();
    final List<ImportReport> importDialogs = new ArrayList<>();

    @BeforeEach
    void start() {
        services = new AppServices();
        state = new WorkbenchState();
        recent = new RecentCases(new MemoryUiPreferences());
        actions = new WorkbenchActions(services, state, new ImmediateTaskRunner(), recent, dir.resolve("data"),
                new WorkbenchActions.Dialogs() {
                    @Override
                    public void error(String title, String message) {
                        errors.add(title + ": " + message);
                    }

                    @Override
                    public void importResults(ImportReport report) {
                        importDialogs.add(report);
                    }
                });
    }

    @AfterEach
    void stop() {
        actions.close();
        services.close();
    }

    private Path demoCase() throws Exception {
        Path file = dir.resolve("demo.onrecord");
        try (OpenCase demo = services.cases().createCase(file)) {
            demo.buildDemo(Progress.NONE);
        }
        return file;
    }

    private long statement(String words) {
        return state.snapshot().statements().stream().filter(s -> s.span().text().startsWith(words)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void openingACaseShowsItAndSelectsItsFirstArticle() throws Exception {
        Path file = demoCase();

        actions.open(file);

        assertThat(actions.session().path()).isEqualTo(file);
        assertThat(state.snapshot().articles()).hasSize(3);
        assertThat(state.article()).isEqualTo(state.snapshot().articles().getFirst().id());
        assertThat(recent.list()).containsExactly(file);
    }

    @Test
    void aFileThatIsNoCaseIsReportedAndNothingOpens() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.onrecord"), "just some text, not a database");

        actions.open(file);

        assertThat(actions.session()).isNull();
        assertThat(errors).singleElement().asString().startsWith("Cannot open the case: ");
    }

    @Test
    void aNewCaseIsOpenAndEmpty() {
        Path file = dir.resolve("new.onrecord");

        actions.create(file);

        assertThat(actions.session().path()).isEqualTo(file);
        assertThat(Files.exists(file)).isTrue();
        assertThat(state.snapshot().articles()).isEmpty();
        assertThat(actions.commands()).isNotNull();
    }

    @Test
    void aNewCaseOverAnExistingFileReplacesIt() throws Exception {
        Path file = demoCase();

        actions.create(file);

        assertThat(state.snapshot().articles()).isEmpty();
    }

    @Test
    void openingAnotherCaseReplacesTheOneOnScreen() throws Exception {
        Path demo = demoCase();
        actions.create(dir.resolve("other.onrecord"));

        actions.open(demo);

        assertThat(actions.session().path()).isEqualTo(demo);
        assertThat(state.snapshot().articles()).hasSize(3);
    }

    @Test
    void closingLeavesNoCaseAndNoCommands() throws Exception {
        actions.open(demoCase());

        actions.close();

        assertThat(actions.session()).isNull();
        assertThat(actions.commands()).isNull();
        assertThat(state.snapshot().articles()).isEmpty();
    }

    @Test
    void importedArticlesAppearInThePanes() throws Exception {
        actions.create(dir.resolve("new.onrecord"));
        Path text = Files.writeString(dir.resolve("quay.txt"), "Quay sold\n\nThe north quay was sold on Friday, officials said.\n");

        actions.importPaths(List.of(text));

        assertThat(state.snapshot().articles()).extracting(a -> a.displayTitle()).containsExactly("Quay sold");
        assertThat(importDialogs).isEmpty();
    }

    @Test
    void aFileThatFailsToImportIsListedAfterwards() throws Exception {
        actions.create(dir.resolve("new.onrecord"));
        Path good = Files.writeString(dir.resolve("quay.txt"), "Quay sold\n\nThe north quay was sold on Friday, officials said.\n");
        Path broken = Files.write(dir.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', 0, 1, 2, 3});

        actions.importPaths(List.of(good, broken));

        assertThat(state.snapshot().articles()).hasSize(1);
        assertThat(importDialogs).singleElement().satisfies(r -> assertThat(r.anyFailed()).isTrue());
    }

    @Test
    void undoIsDisabledUntilSomethingIsChanged() throws Exception {
        actions.open(demoCase());

        assertThat(actions.undoDescription()).isEmpty();
        assertThat(actions.redoDescription()).isEmpty();
    }

    @Test
    void undoNamesTheLastEditAndRedoTheOneTakenBack() throws Exception {
        actions.open(demoCase());
        long forgeries = statement("These documents are forgeries.");
        actions.commands().deleteStatement(forgeries);

        assertThat(actions.undoDescription()).hasValue("Delete statement \"These documents are forgeries.\"");

        actions.undo();

        assertThat(actions.undoDescription()).isEmpty();
        assertThat(actions.redoDescription()).hasValue("Delete statement \"These documents are forgeries.\"");
        assertThat(state.snapshot().statement(forgeries)).isPresent();

        actions.redo();

        assertThat(state.snapshot().statement(forgeries)).isEmpty();
    }

    @Test
    void deleteRemovesTheFocusedStatementAndUndoBringsItBack() throws Exception {
        actions.open(demoCase());
        long forgeries = statement("These documents are forgeries.");
        state.focus(new Focus.OnStatement(forgeries), PaneId.STATEMENTS);

        actions.deleteFocused();

        assertThat(state.snapshot().statement(forgeries)).isEmpty();
        actions.undo();
        assertThat(state.snapshot().statement(forgeries)).isPresent();
    }

    @Test
    void deleteRemovesTheFocusedEntity() throws Exception {
        actions.open(demoCase());
        long news = state.snapshot().entities().stream().filter(e -> e.name().equals("Harbour News")).findFirst().orElseThrow().id();
        state.focus(new Focus.OnEntity(news), PaneId.ENTITIES);

        actions.deleteFocused();

        assertThat(state.snapshot().entity(news)).isEmpty();
    }

    @Test
    void deleteRemovesTheFocusedEvent() throws Exception {
        actions.open(demoCase());
        long event = state.snapshot().events().getFirst().id();
        state.focus(new Focus.OnEvent(event), PaneId.TIMELINE);

        actions.deleteFocused();

        assertThat(state.snapshot().events()).noneMatch(e -> e.id() == event);
    }

    @Test
    void deleteWithNothingFocusedChangesNothing() throws Exception {
        actions.open(demoCase());
        int statements = state.snapshot().statements().size();

        actions.deleteFocused();

        assertThat(state.snapshot().statements()).hasSize(statements);
        assertThat(actions.undoDescription()).isEmpty();
    }

    @Test
    void theAssumedSaidOnDaysReadAfterOpeningAreTheOnesAFullReadFinds() throws Exception {
        Path file = demoCase();
        long added;
        try (OpenCase c = services.cases().openCase(file)) {
            var article = c.snapshot().articles().stream().filter(a -> a.published() != null
                    && a.published().precision() == DatePrecision.DAY).findFirst().orElseThrow();
            String body = c.article(article.id()).orElseThrow().body();
            int end = body.indexOf(' ', 40);
            added = c.edits().addStatement(article.id(), TextSpan.of(body, 0, end), "claim", "Someone", null, null, true,
                    article.published().date(), null).createdId();
        }

        actions.open(file);

        try (OpenCase c = services.cases().openCase(file)) {
            CaseSnapshot full = c.snapshot();
            assertThat(full.saidOnAssumed(added)).as("a statement said on the publication day, naming no day").isTrue();
            for (var s : full.statements()) {
                assertThat(state.snapshot().saidOnAssumed(s.id())).as("statement %d", s.id()).isEqualTo(full.saidOnAssumed(s.id()));
            }
        }
    }

    @Test
    void aCaseWhoseSaidOnAnswersAreKeptFillsThePanesOnceWithItsMarks() throws Exception {
        Path file = demoCase();
        long added;
        try (OpenCase c = services.cases().openCase(file)) {
            var article = c.snapshot().articles().stream().filter(a -> a.published() != null
                    && a.published().precision() == DatePrecision.DAY).findFirst().orElseThrow();
            String body = c.article(article.id()).orElseThrow().body();
            int end = body.indexOf(' ', 40);
            added = c.edits().addStatement(article.id(), TextSpan.of(body, 0, end), "claim", "Someone", null, null, true,
                    article.published().date(), null).createdId();
            c.snapshot(); // the whole read keeps every "said on" answer in the case
        }
        List<Boolean> shown = new ArrayList<>();
        state.snapshotProperty().addListener((o, was, now) -> shown.add(now.saidOnAssumed(added)));

        actions.open(file);

        // before: the panes were filled without the marks, then the whole snapshot replaced again with them
        assertThat(shown).as("each snapshot the panes were given: is the added statement's day marked assumed?")
                .containsExactly(true);
    }

    @Test
    void openingMakesTheTableRowsAndTimelineItemsOnceAheadAndThePanesShowThem() throws Exception {
        Path file = demoCase();
        StatementsViewModel table = new StatementsViewModel(state);
        TimelineViewModel timeline = new TimelineViewModel(state);
        long before = state.preparedDerivations(); // each made its rows of the empty window

        actions.open(file);

        // once each, in the opening task; the panes' reset took them instead of making them again on the FX thread
        assertThat(state.preparedDerivations() - before).isEqualTo(2);
        WorkbenchState same = new WorkbenchState();
        same.reset(state.snapshot());
        assertThat(table.rows()).isNotEmpty().containsExactlyElementsOf(new StatementsViewModel(same).rows());
        assertThat(timeline.items()).isNotEmpty().containsExactlyElementsOf(new TimelineViewModel(same).items());
    }
}
