package org.onrecord.ui.timeline;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.timeline.TimelineStory.*;

/** The real view on the headless platform: mouse and keys go through the scene. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private WorkbenchState state;
    private TimelineViewModel viewModel;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new WorkbenchState();
        state.reset(TimelineStory.snapshot());
        viewModel = new TimelineViewModel(state);
        view = new TimelineView(viewModel);
        stage.setScene(new Scene(view, 980, 620));
        stage.show();
    }

    private Point2D onScreen(long eventId) {
        Point2D local = view.eventCentre(eventId);
        assertThat(local).as("event %d on screen", eventId).isNotNull();
        return view.localToScreen(local);
    }

    private String scale(FxRobot robot) {
        return robot.lookup("#timeline-scale").queryAs(Label.class).getText();
    }

    @Test
    void clickingAnEventFocusesItFromTheTimeline(FxRobot robot) {
        robot.clickOn(onScreen(INVOICE), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.focus()).isEqualTo(new FocusChange(new Focus.OnEvent(INVOICE), PaneId.TIMELINE));
        assertThat(robot.lookup("#timeline-event-" + INVOICE).queryAs(Node.class).getStyleClass()).contains("timeline-selected");
    }

    @Test
    void clickingAMonthBarFocusesIt(FxRobot robot) {
        robot.clickOn(onScreen(TENDER), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnEvent(TENDER));
    }

    @Test
    void aFocusFromAnotherPaneMarksAndSelectsTheEvent(FxRobot robot) {
        robot.interact(() -> state.focus(new Focus.OnEvent(AUDIT), PaneId.SOURCE));
        assertThat(viewModel.selectedEventProperty().get()).isEqualTo(AUDIT);
        Node audit = robot.lookup("#timeline-event-" + AUDIT).queryAs(Node.class);
        assertThat(audit.getStyleClass()).contains("timeline-marked", "timeline-selected");
        assertThat(robot.lookup("#timeline-marked-range").tryQuery()).isPresent();
        assertThat(robot.lookup("#timeline-event-" + VOTE).queryAs(Node.class).getStyleClass()).doesNotContain("timeline-marked");
    }

    @Test
    void aFocusFromAnotherPaneBringsAnOffscreenEventIntoView(FxRobot robot) {
        robot.interact(() -> viewModel.showWindow(new DateWindow(LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 30))));
        assertThat(robot.lookup("#timeline-event-" + INVOICE).tryQuery()).isEmpty();
        robot.interact(() -> state.focus(new Focus.OnEvent(INVOICE), PaneId.STATEMENTS));
        assertThat(robot.lookup("#timeline-event-" + INVOICE).tryQuery()).isPresent();
    }

    @Test
    void escapeClearsTheFocus(FxRobot robot) {
        robot.interact(() -> state.focus(new Focus.OnEvent(VOTE), PaneId.SOURCE));
        robot.clickOn(onScreen(VOTE));
        robot.type(KeyCode.ESCAPE);
        assertThat(state.focus().isEmpty()).isTrue();
        assertThat(robot.lookup(".timeline-selected").tryQuery()).isEmpty();
        assertThat(robot.lookup("#timeline-marked-range").tryQuery()).isEmpty();
    }

    @Test
    void arrowKeysMoveBetweenEvents(FxRobot robot) {
        robot.clickOn(onScreen(VOTE));
        robot.type(KeyCode.RIGHT);
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnEvent(SIGNING));
        robot.type(KeyCode.LEFT, 2);
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnEvent(TENDER));
    }

    @Test
    void zoomButtonsChangeTheScale(FxRobot robot) {
        assertThat(scale(robot)).isEqualTo("Scale: months");
        assertThat(clickUntilScale(robot, "#timeline-zoom-in", "Scale: weeks")).isBetween(1, 6);
        assertThat(clickUntilScale(robot, "#timeline-zoom-in", "Scale: days")).isBetween(1, 6);
        long days = viewModel.window().days();
        assertThat(clickUntilScale(robot, "#timeline-zoom-out", "Scale: years")).isBetween(1, 15);
        assertThat(viewModel.window().days()).isGreaterThan(days);
        robot.clickOn("#timeline-fit");
        assertThat(scale(robot)).isEqualTo("Scale: months");
    }

    /** Clicks until the scale reads {@code expected}; returns how many clicks it took (or 99). */
    private int clickUntilScale(FxRobot robot, String button, String expected) {
        for (int clicks = 1; clicks <= 20; clicks++) {
            robot.clickOn(button);
            if (scale(robot).equals(expected)) {
                return clicks;
            }
        }
        return 99;
    }

    @Test
    void draggingPansTheWindow(FxRobot robot) {
        DateWindow before = viewModel.window();
        Point2D start = view.localToScreen(TimelinePlot.LANE_LABEL_WIDTH + 300, 60);
        robot.drag(start, MouseButton.PRIMARY).dropTo(start.add(-200, 0));
        assertThat(viewModel.window().start()).isAfter(before.start());
        assertThat(viewModel.window().days()).isEqualTo(before.days());
        assertThat(state.focus().isEmpty()).as("a drag is not a click").isTrue();
    }

    @Test
    void laneToggleSwitchesToEntityLanes(FxRobot robot) {
        robot.clickOn("#timeline-lanes-entity");
        assertThat(viewModel.laneModeProperty().get()).isEqualTo(LaneMode.ENTITY);
        assertThat(view.currentLayout().lanes()).extracting(TimelineLayout.Lane::label)
                .contains("Ana Ruiz", "Brightline Construction", TimelineLanes.NO_ENTITY_LABEL);
        robot.clickOn("#timeline-lanes-article");
        assertThat(view.currentLayout().lanes()).extracting(TimelineLayout.Lane::label)
                .startsWith("Council awards harbour bridge contract");
    }

    @Test
    void undatedEventsAreListedAndSelectable(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<TimelineItem> list = robot.lookup("#timeline-undated").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(TimelineItem::eventId).containsExactly(REOPENING);
        robot.clickOn(robot.from(list).lookup(".list-cell").queryAs(Node.class));
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnEvent(REOPENING));
    }
}
