package org.onrecord.ui.timeline;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A case with thousands of lanes: the pane builds nodes for what can be seen, not for the case. */
@ExtendWith(ApplicationExtension.class)
class TimelineLargeCaseTest {
    private static final int ARTICLES = 3000;

    private WorkbenchState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        List<ArticleSummary> articles = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        LocalDate first = LocalDate.of(2014, 1, 1);
        for (int a = 1; a <= ARTICLES; a++) {
            LocalDate day = first.plusDays(a % 700);
            articles.add(TimelineStory.article(a, "Article " + a, "Outlet", day));
            events.add(TimelineStory.event(100_000 + a, a, 10, "that day", DateValue.day(day), "Event of article " + a));
            events.add(TimelineStory.event(200_000 + a, a, 40, "that month",
                    TimelineStory.range(day.toString().substring(0, 7), day.getYear(), day.getMonthValue(), 1, day.getYear(),
                            day.getMonthValue(), day.lengthOfMonth(), org.onrecord.model.DatePrecision.MONTH), "Month of article " + a));
        }
        state = new WorkbenchState();
        state.reset(CaseSnapshot.of(articles, List.of(), List.of(), List.of(), events, List.of()));
        view = new TimelineView(new TimelineViewModel(state));
        stage.setScene(new Scene(view, 980, 620));
        stage.show();
    }

    @Test
    void onlyTheLanesInViewGetNodes(FxRobot robot) {
        robot.interact(() -> { });
        assertThat(view.currentLayout().lanes()).hasSize(ARTICLES);
        int glyphs = robot.lookup(".timeline-event").queryAll().size();
        assertThat(glyphs).as("glyphs drawn for %d events", 2 * ARTICLES).isPositive().isLessThan(100);
        assertThat(nodesUnder(view)).as("nodes in the whole pane").isLessThan(1500);
        assertThat(robot.lookup(".timeline-lane-label").queryAll().size()).isLessThan(50);
    }

    @Test
    void scrollingToTheEndDrawsTheLastLanesInsteadOfTheFirst(FxRobot robot) {
        ScrollPane lanes = robot.lookup(".timeline-scroll").queryAs(ScrollPane.class);
        List<String> lastLane = view.currentLayout().inLane(ARTICLES - 1).stream()
                .map(p -> "#timeline-event-" + p.entry().eventId()).toList();
        List<String> firstLane = view.currentLayout().inLane(0).stream()
                .map(p -> "#timeline-event-" + p.entry().eventId()).toList();
        assertThat(robot.lookup(firstLane.getFirst()).tryQuery()).isPresent();
        assertThat(robot.lookup(lastLane.getFirst()).tryQuery()).isEmpty();
        robot.interact(() -> lanes.setVvalue(lanes.getVmax()));
        robot.interact(() -> { });
        assertThat(robot.lookup(lastLane.getFirst()).tryQuery()).isPresent();
        assertThat(robot.lookup(firstLane.getFirst()).tryQuery()).isEmpty();
        assertThat(robot.lookup(".timeline-event").queryAll().size()).isLessThan(100);
    }

    @Test
    void aFocusChangeRedrawsOnceAndKeepsTheNodeCountSmall(FxRobot robot) {
        robot.interact(() -> { });
        int before = view.redraws();
        robot.interact(() -> state.focus(new Focus.OnEvent(100_000 + ARTICLES / 2), PaneId.SOURCE));
        assertThat(view.redraws() - before).as("redraws for one focus change (window, marks, selection)").isEqualTo(1);
        assertThat(robot.lookup(".timeline-event").queryAll().size()).isLessThan(100);
        assertThat(nodesUnder(view)).isLessThan(1500);
    }

    private static int nodesUnder(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodesUnder(child);
            }
        }
        return count;
    }
}
