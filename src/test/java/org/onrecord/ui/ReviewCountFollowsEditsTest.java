package org.onrecord.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.service.SuggestionQueue;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.review.ReviewViewModel;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of suggestions left to review follows each edit from the rows it changed (no scan of
 * every statement per edit) and always equals a count of the whole case.
 */
class ReviewCountFollowsEditsTest {
    @TempDir
    Path dir;
    AppServices services;
    WorkbenchState state = new WorkbenchState();
    WorkbenchActions actions;

    @BeforeEach
    void openDemo() throws Exception {
        services = new AppServices();
        actions = DemoWorkbench.open(services, state, dir);
    }

    @AfterEach
    void close() {
        actions.close();
        services.close();
    }

    @Test
    void acceptRejectUndoAndRedoKeepTheCountTrue() {
        OpenCase session = actions.session();
        session.suggestAfterImport(state.snapshot().articles().stream().map(ArticleSummary::id).toList(), Progress.NONE);
        state.replaceSnapshot(session.snapshot());
        ReviewViewModel review = new ReviewViewModel(state, new ImmediateTaskRunner(), actions::session, () -> { }, s -> { }, s -> { });
        int before = review.unreviewedProperty().get();
        List<Statement> statements = state.snapshot().statements().stream()
                .filter(s -> s.origin() == Origin.SUGGESTED && s.state() == ReviewState.SUGGESTED).limit(3).toList();
        List<Event> events = state.snapshot().events().stream()
                .filter(e -> e.origin() == Origin.SUGGESTED && e.state() == ReviewState.SUGGESTED).limit(2).toList();
        assertThat(statements).as("suggested statements in the demo").isNotEmpty();
        assertThat(events).as("suggested events in the demo").isNotEmpty();

        actions.commands().reviewStatement(statements.getFirst().id(), ReviewState.ACCEPTED);
        assertThat(review.unreviewedProperty().get()).isEqualTo(before - 1).isEqualTo(SuggestionQueue.count(state.snapshot()));
        actions.commands().reviewEvent(events.getFirst().id(), ReviewState.REJECTED);
        assertThat(review.unreviewedProperty().get()).isEqualTo(before - 2).isEqualTo(SuggestionQueue.count(state.snapshot()));
        actions.commands().deleteStatement(statements.getLast().id());
        assertThat(review.unreviewedProperty().get()).isEqualTo(SuggestionQueue.count(state.snapshot()));
        actions.commands().undo();
        actions.commands().undo();
        assertThat(review.unreviewedProperty().get()).isEqualTo(before - 1).isEqualTo(SuggestionQueue.count(state.snapshot()));
        actions.commands().redo();
        assertThat(review.unreviewedProperty().get()).isEqualTo(before - 2).isEqualTo(SuggestionQueue.count(state.snapshot()));
        actions.commands().reviewStatement(statements.getFirst().id(), ReviewState.SUGGESTED);
        assertThat(review.unreviewedProperty().get()).isEqualTo(before - 1).isEqualTo(SuggestionQueue.count(state.snapshot()));
    }
}
