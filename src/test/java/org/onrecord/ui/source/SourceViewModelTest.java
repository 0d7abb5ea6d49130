package org.onrecord.ui.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.source.SourceTestData.ARTICLE;
import static org.onrecord.ui.source.SourceTestData.BODY;
import static org.onrecord.ui.source.SourceTestData.OTHER_ARTICLE;
import static org.onrecord.ui.source.SourceTestData.OTHER_BODY;
import static org.onrecord.ui.source.SourceTestData.QUOTE_OKONJO;
import static org.onrecord.ui.source.SourceTestData.span;

class SourceViewModelTest {
    private final WorkbenchState state = new WorkbenchState();
    private SourceViewModel viewModel;

    @BeforeEach
    void openCase() {
        state.reset(SourceTestData.snapshot());
        viewModel = new SourceViewModel(state, new ImmediateTaskRunner(), SourceTestData::load);
    }

    @Test
    void withoutAnArticleItSaysWhatToDo() {
        assertThat(viewModel.bodyProperty().get()).isEmpty();
        assertThat(viewModel.placeholderProperty().get()).isEqualTo(SourceViewModel.NO_ARTICLE);
        assertThat(viewModel.runsProperty().get()).isEmpty();
    }

    @Test
    void selectingAnArticleShowsItsBodyAndHeading() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);

        assertThat(viewModel.bodyProperty().get()).isEqualTo(BODY);
        assertThat(viewModel.titleLineProperty().get()).isEqualTo("Harbour council backs Eastquay plan · The Valen Courier · 4 Mar 2025");
        assertThat(viewModel.placeholderProperty().get()).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void theArticlesAnnotationsArePlanned() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);

        assertThat(classesAt(span("Mira Okonjo").start())).contains(HighlightPlanner.ENTITY, HighlightPlanner.SPEAKER);
        assertThat(classesAt(span("cannot").start())).containsExactly(HighlightPlanner.STATEMENT);
        assertThat(classesAt(span("fishermen").start())).as("rejected mention").isEmpty();
    }

    @Test
    void aLoadThatFinishesAfterTheArticleChangedAgainIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SourceViewModel slow = new SourceViewModel(state, tasks, SourceTestData::load);
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        state.selectArticle(OTHER_ARTICLE, PaneId.ARTICLES);
        assertThat(slow.loadingProperty().get()).isTrue();

        tasks.finish(1);
        tasks.finish(0);

        assertThat(slow.bodyProperty().get()).isEqualTo(OTHER_BODY);
        assertThat(slow.shownArticleId()).isEqualTo(OTHER_ARTICLE);
        assertThat(slow.loadingProperty().get()).isFalse();
    }

    @Test
    void whileLoadingTheOldBodyIsGone() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SourceViewModel slow = new SourceViewModel(state, tasks, SourceTestData::load);
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        tasks.finish(0);
        state.selectArticle(OTHER_ARTICLE, PaneId.ARTICLES);

        assertThat(slow.bodyProperty().get()).isEmpty();
        assertThat(slow.placeholderProperty().get()).isEqualTo(SourceViewModel.LOADING);
    }

    @Test
    void aFailedLoadSaysSo() {
        SourceViewModel failing = new SourceViewModel(state, new ImmediateTaskRunner(), id -> {
            throw new UncheckedIOException(new IOException("case file locked"));
        });
        state.selectArticle(ARTICLE, PaneId.ARTICLES);

        assertThat(failing.placeholderProperty().get()).contains("could not be opened").contains("case file locked");
        assertThat(failing.loadingProperty().get()).isFalse();
    }

    @Test
    void anArticleGoneFromTheCaseSaysSo() {
        SourceViewModel empty = new SourceViewModel(state, new ImmediateTaskRunner(), id -> Optional.empty());
        state.selectArticle(ARTICLE, PaneId.ARTICLES);

        assertThat(empty.placeholderProperty().get()).isEqualTo(SourceViewModel.MISSING);
    }

    @Test
    void aStatementFocusedElsewhereIsRevealedAndMarked() {
        state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.STATEMENTS);

        TextSpan quote = span("\"We cannot wait another winter,\"");
        assertThat(viewModel.shownArticleId()).isEqualTo(ARTICLE);
        assertThat(viewModel.revealProperty().get()).extracting(RevealRequest::start, RevealRequest::end)
                .containsExactly(quote.start(), quote.end());
        assertThat(classesAt(quote.start() + 3)).contains(HighlightPlanner.FOCUS, HighlightPlanner.EMPHASIS);
    }

    @Test
    void aFocusIntoAnotherArticleIsRevealedOnceItsBodyArrives() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SourceViewModel slow = new SourceViewModel(state, tasks, SourceTestData::load);
        state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.STATEMENTS);
        assertThat(slow.revealProperty().get()).isNull();

        tasks.finish(0);

        assertThat(slow.revealProperty().get().start()).isEqualTo(span("\"We cannot").start());
    }

    @Test
    void focusingTheSameWordsTwiceAsksToRevealThemTwice() {
        state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.STATEMENTS);
        RevealRequest first = viewModel.revealProperty().get();
        state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.TIMELINE);

        assertThat(viewModel.revealProperty().get()).isNotEqualTo(first);
    }

    @Test
    void selectingWordsFocusesThatSpanWithoutEchoingBack() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        int end = span("heated session").end();
        int start = span("heated session").start();

        viewModel.selectText(end, start);

        assertThat(state.focus()).isEqualTo(new FocusChange(new Focus.OnSpan(ARTICLE, start, end), PaneId.SOURCE));
        assertThat(viewModel.revealProperty().get()).as("no scrolling for our own selection").isNull();
        assertThat(classesAt(start)).contains(HighlightPlanner.FOCUS);
    }

    @Test
    void aClickOnPlainTextChangesNothing() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        int caret = span("heated").start() + 2;

        viewModel.selectText(caret, caret);

        assertThat(state.focus().isEmpty()).isTrue();
    }

    @Test
    void aClickOnAHighlightFocusesTheNarrowestAnnotationThere() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        TextSpan council = SourceTestData.mentions().stream().filter(m -> m.id() == 104).findFirst().orElseThrow().span();

        viewModel.selectText(council.start() + 2, council.start() + 2);

        assertThat(state.focus().focus()).isEqualTo(new Focus.OnSpan(ARTICLE, council.start(), council.end()));
        assertThat(state.context().entities()).contains(SourceTestData.COUNCIL);
    }

    @Test
    void aClickJustAfterANameStillFindsIt() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        TextSpan name = span("Tomas Reyle");

        viewModel.selectText(name.end(), name.end());

        assertThat(state.focus().focus()).isEqualTo(new Focus.OnSpan(ARTICLE, name.start(), name.end()));
    }

    @Test
    void switchingTheEntityLayerOffRemovesEntityClasses() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);

        viewModel.layerEnabledProperty(HighlightLayer.ENTITY).set(false);

        assertThat(viewModel.runsProperty().get()).noneMatch(run -> run.has(HighlightPlanner.ENTITY));
        assertThat(viewModel.runsProperty().get()).anyMatch(run -> run.has(HighlightPlanner.STATEMENT));
    }

    @Test
    void clearDropsTheFocus() {
        state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.STATEMENTS);

        viewModel.clear();

        assertThat(state.focus().isEmpty()).isTrue();
        assertThat(viewModel.runsProperty().get()).noneMatch(run -> run.has(HighlightPlanner.FOCUS));
    }

    @Test
    void theSearchWordsAreMarked() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);

        state.searchQueryProperty().set("plan");

        assertThat(classesAt(span("plan on").start())).contains(HighlightPlanner.SEARCH);
        assertThat(viewModel.runsProperty().get().stream().filter(run -> run.has(HighlightPlanner.SEARCH))).hasSize(2);
    }

    @Test
    void aNewSnapshotIsPlannedAgain() {
        state.selectArticle(ARTICLE, PaneId.ARTICLES);
        CaseSnapshot old = state.snapshot();

        state.replaceSnapshot(CaseSnapshot.of(old.articles(), old.entities(), List.of(), old.statements(), old.events(), List.of()));

        assertThat(viewModel.runsProperty().get()).noneMatch(run -> run.has(HighlightPlanner.ENTITY));
    }

    private List<String> classesAt(int offset) {
        return viewModel.runsProperty().get().stream().filter(run -> run.start() <= offset && offset < run.end())
                .findFirst().map(HighlightRun::styleClasses).orElse(List.of());
    }
}
