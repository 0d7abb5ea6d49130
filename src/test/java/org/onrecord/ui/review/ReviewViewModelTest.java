package org.onrecord.ui.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.EntityType;
import org.onrecord.model.ReviewState;
import org.onrecord.service.OpenCase;
import org.onrecord.service.Suggestion;
import org.onrecord.service.SuggestedCase;
import org.onrecord.progress.Progress;
import org.onrecord.ui.common.BackgroundWork;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.TaskHandle;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The review walk on a real case with stored suggestions, every edit through the case's one undo history. */
class ReviewViewModelTest {
    @TempDir
    Path dir;
    AppServices services;
    OpenCase open;
    SuggestedCase ids;
    WorkbenchState state = new WorkbenchState();
    List<String> said = new ArrayList<>();
    List<Suggestion> edited = new ArrayList<>();
    ReviewViewModel review;

    @BeforeEach
    void openCase() throws Exception {
        services = new AppServices();
        SuggestedCase.Opened opened = SuggestedCase.create(services, dir);
        open = opened.open();
        ids = opened.ids();
        state.reset(open.snapshot());
        review = new ReviewViewModel(state, new ImmediateTaskRunner(), () -> open, this::reload, said::add, edited::add);
    }

    private void reload() {
        state.replaceSnapshot(open.snapshot());
    }

    @AfterEach
    void close() {
        open.close();
        services.close();
    }

    private String words() {
        return review.current().span().text();
    }

    @Test
    void theCountOfSuggestionsLeftIsThereBeforeTheReviewStarts() {
        assertThat(review.unreviewedProperty().get()).isEqualTo(SuggestedCase.SUGGESTIONS);
        assertThat(ReviewViewModel.countText(11)).isEqualTo("11 suggestions to review (Ctrl+Shift+R)");
        assertThat(ReviewViewModel.countText(0)).isEmpty();
        assertThat(review.isActive()).isFalse();
    }

    @Test
    void startingFocusesTheFirstSuggestionOfTheArticleOnScreenInEveryPane() {
        state.selectArticle(ids.vote, PaneId.ARTICLES);

        review.start();

        assertThat(review.isActive()).isTrue();
        assertThat(words()).isEqualTo("Elling Harbour Authority");
        assertThat(review.current().articleId()).isEqualTo(ids.vote);
        assertThat(review.positionProperty().get()).isEqualTo("9 of 11");
        assertThat(state.focus().focus()).isInstanceOf(Focus.OnSpan.class);
        assertThat(state.focus().cameFrom(PaneId.REVIEW)).isTrue();
        assertThat(state.context().primaryEntity()).as("the entity list selects it").isEqualTo(ids.authority);
        assertThat(review.proposalProperty().get()).isEqualTo("Entity: Elling Harbour Authority (organization)");
        assertThat(review.evidenceProperty().get()).isEqualTo("“Elling Harbour Authority” in Council vote delayed, ¶2 · proposed by NER: ORGANIZATION");
    }

    @Test
    void nextAndPreviousWalkInReadingOrderAndStopAtTheEnds() {
        review.start();
        assertThat(words()).isEqualTo("Maria Lund");

        review.next();
        review.next();
        review.next();
        assertThat(words()).isEqualTo("3 March");
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnEvent(review.current().id()));
        review.next();
        review.next();
        review.next();
        assertThat(words()).isEqualTo("keep the talks open");
        assertThat(state.context().primaryStatement()).isEqualTo(review.current().id());

        review.previous();
        assertThat(words()).isEqualTo("Elling Harbour Authority");
        for (int i = 0; i < 20; i++) {
            review.previous();
        }
        assertThat(words()).isEqualTo("Maria Lund");
        assertThat(said.getLast()).isEqualTo("That was the first suggestion.");
    }

    @Test
    void acceptingGoesOnToTheNextAndUndoBringsTheSuggestionBack() {
        review.start();
        review.next(); // Tomas Berg

        review.accept();

        assertThat(open.store().entities().find(ids.berg).orElseThrow().state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(words()).as("the walk goes on after it").isEqualTo("Elling");
        assertThat(review.positionProperty().get()).isEqualTo("2 of 10");
        assertThat(review.unreviewedProperty().get()).isEqualTo(10);
        assertThat(said.getLast()).isEqualTo("Accept “Tomas Berg” — Ctrl+Z takes it back.");

        open.edits().undo();
        reload();

        assertThat(review.unreviewedProperty().get()).isEqualTo(11);
        assertThat(review.items()).extracting(s -> s.span().text()).contains("Tomas Berg");
        assertThat(words()).as("the walk goes back to the suggestion Ctrl+Z brought back").isEqualTo("Tomas Berg");
        assertThat(review.positionProperty().get()).isEqualTo("2 of 11");
    }

    @Test
    void rejectingTheLastSuggestionLeavesTheWalkOnTheOneBefore() {
        review.start();
        for (int i = 0; i < 20; i++) {
            review.next();
        }
        assertThat(words()).isEqualTo("Maria Lund");
        assertThat(review.current().articleId()).isEqualTo(ids.vote);

        review.reject();

        assertThat(words()).isEqualTo("last week");
        assertThat(review.unreviewedProperty().get()).isEqualTo(10);
    }

    @Test
    void bulkActionsNameWhatTheyTakeAndAreOneUndoEach() {
        review.start();
        assertThat(review.bulkLabel(ReviewViewModel.Scope.TYPE)).contains("5 PERSON mentions");
        assertThat(review.bulkLabel(ReviewViewModel.Scope.RULE)).contains("5 proposed by “NER: PERSON”");
        assertThat(review.bulkLabel(ReviewViewModel.Scope.ENTITY)).contains("every mention of Maria Lund (3)");

        review.bulk(ReviewViewModel.Scope.ENTITY, ReviewState.ACCEPTED);

        assertThat(review.unreviewedProperty().get()).isEqualTo(8);
        assertThat(words()).isEqualTo("Tomas Berg");
        assertThat(open.edits().undoDescription()).contains("Accept Maria Lund and its 3 mentions");

        review.next();
        review.next(); // 3 March
        assertThat(review.bulkLabel(ReviewViewModel.Scope.ENTITY)).isEmpty();
        review.bulk(ReviewViewModel.Scope.TYPE, ReviewState.REJECTED);
        assertThat(review.unreviewedProperty().get()).isEqualTo(6);
        assertThat(open.edits().undoDescription()).contains("Reject all 2 suggested events");

        open.edits().undo();
        open.edits().undo();
        reload();
        assertThat(review.unreviewedProperty().get()).isEqualTo(11);
    }

    @Test
    void editHandsTheSuggestionInViewToTheEditor() {
        review.start();
        review.next();

        review.edit();

        assertThat(edited).extracting(s -> s.span().text()).containsExactly("Tomas Berg");
    }

    @Test
    void whatIsSavedInTheEditorReplacesTheSuggestionAndUndoTakesItBackStepByStep() {
        review.start();
        review.next(); // Tomas Berg
        Suggestion tomas = review.current();
        review.edit();

        // The researcher marks the words as someone else in the editor E opened.
        open.edits().addMention(null, "Tomas Berg-Lund", EntityType.PERSON, null, tomas.articleId(), tomas.span());
        reload();

        assertThat(open.store().entities().findMention(tomas.id()).orElseThrow().state()).isEqualTo(ReviewState.REJECTED);
        assertThat(review.unreviewedProperty().get()).isEqualTo(10);
        assertThat(words()).isEqualTo("Elling");

        open.edits().undo();
        reload();
        assertThat(open.store().entities().findMention(tomas.id()).orElseThrow().state()).isEqualTo(ReviewState.SUGGESTED);
    }

    @Test
    void aNewDateGivenToASuggestedEventAcceptsIt() {
        review.start();
        while (review.current().kind() != Suggestion.Kind.EVENT) {
            review.next();
        }
        long event = review.current().id();
        review.edit();

        open.edits().editEvent(event, "2015-03-04", null);
        reload();

        var changed = open.store().events().find(event).orElseThrow();
        assertThat(changed.state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(changed.date().value()).isEqualTo("2015-03-04");
    }

    @Test
    void anEditorClosedWithoutSavingLeavesTheSuggestionAsItWas() {
        review.start();
        review.edit();
        review.next();
        open.edits().addMention(null, "Maria", EntityType.PERSON, null, ids.harbour,
                review.items().getFirst().span());
        reload();

        assertThat(open.store().entities().findMention(review.items().getFirst().id()).orElseThrow().state())
                .as("N moved on before anything was saved").isEqualTo(ReviewState.SUGGESTED);
    }

    /** Holds background work until the test runs it, as a busy worker would. */
    static final class LateTaskRunner implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.run(Progress.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return null;
        }

        @Override
        public void later(Runnable step) {
            step.run();
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.removeFirst().run();
            }
        }
    }

    @Test
    void keysTypedFasterThanTheCaseIsReadActOnOneSuggestionAfterAnother() {
        LateTaskRunner late = new LateTaskRunner();
        review = new ReviewViewModel(state, late, () -> open, this::reload, said::add, edited::add);
        review.start();
        late.runAll();
        assertThat(words()).isEqualTo("Maria Lund");

        review.accept();
        review.reject();
        review.accept();
        late.runAll();

        assertThat(said).noneMatch(line -> line.startsWith("Not changed"));
        assertThat(review.unreviewedProperty().get()).isEqualTo(8);
        assertThat(open.store().entities().find(ids.lund).orElseThrow().state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(open.store().entities().find(ids.berg).orElseThrow().state()).as("its only other mention is waiting")
                .isEqualTo(ReviewState.SUGGESTED);
        assertThat(open.store().entities().find(ids.elling).orElseThrow().state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(words()).isEqualTo("3 March");
    }

    @Test
    void outsideReviewModeTheKeysActionsDoNothing() {
        review.start();
        review.stop();

        review.accept();
        review.next();

        assertThat(review.isActive()).isFalse();
        assertThat(review.current()).isNull();
        assertThat(review.unreviewedProperty().get()).isEqualTo(11);
        assertThat(said.getLast()).isEqualTo("Review ended; 11 suggestions to review left.");
    }

    @Test
    void whenNothingIsLeftTheBarSaysSo() {
        review.start();
        review.bulk(ReviewViewModel.Scope.TYPE, ReviewState.ACCEPTED); // PERSON
        for (String group : List.of("ORGANIZATION", "LOCATION", "EVENT", "STATEMENT")) {
            open.edits().reviewType(group, ReviewState.ACCEPTED);
        }
        reload();

        assertThat(review.current()).isNull();
        assertThat(review.proposalProperty().get()).isEqualTo("Nothing left to review.");
        assertThat(review.unreviewedProperty().get()).isZero();
    }

    @Test
    void ctrlEnterOnAChosenEntityAcceptsItWithItsMentions() {
        state.focus(new Focus.OnEntity(ids.lund), PaneId.ENTITIES);

        assertThat(review.reviewFocused(ReviewState.ACCEPTED)).isTrue();

        assertThat(open.store().entities().mentionsOf(ids.lund)).extracting(m -> m.state()).containsOnly(ReviewState.ACCEPTED);
        assertThat(review.unreviewedProperty().get()).isEqualTo(8);
    }

    @Test
    void ctrlShiftDeleteOnADashedNameRejectsThatName() {
        var mention = open.store().entities().mentionsOf(ids.berg).getFirst();
        state.focus(new Focus.OnSpan(mention.articleId(), mention.span().start() + 1, mention.span().start() + 1), PaneId.SOURCE);

        assertThat(review.reviewFocused(ReviewState.REJECTED)).isTrue();

        assertThat(open.store().entities().findMention(mention.id()).orElseThrow().state()).isEqualTo(ReviewState.REJECTED);
    }
}
