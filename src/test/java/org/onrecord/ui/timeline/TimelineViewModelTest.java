package org.onrecord.ui.timeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.onrecord.ui.timeline.TimelineStory.*;

/** The view model against a real WorkbenchState, no toolkit. */
class TimelineViewModelTest {
    private WorkbenchState state;
    private TimelineViewModel vm;

    @BeforeEach
    void setUp() {
        state = new WorkbenchState();
        state.reset(TimelineStory.snapshot());
        vm = new TimelineViewModel(state);
    }

    @Test
    void itemsCarryTheirArticleTitleWordsAndDescription() {
        TimelineItem vote = vm.item(VOTE).orElseThrow();
        assertThat(vote.articleTitle()).isEqualTo("Council awards harbour bridge contract");
        assertThat(vote.text()).isEqualTo("on 18 November");
        assertThat(vote.label()).isEqualTo("18 Nov 2014 · Council votes to award the contract");
        assertThat(vm.items()).hasSize(12);
    }

    @Test
    void undatedEventsAreListedApart() {
        assertThat(vm.undatedItems()).extracting(TimelineItem::eventId).containsExactly(REOPENING);
    }

    @Test
    void fitAllShowsEveryDatedEvent() {
        vm.zoomIn();
        vm.zoomIn();
        vm.fitAll();
        DateWindow w = vm.window();
        assertThat(w.contains(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 7, 31))).isTrue();
        assertThat(w.days()).isLessThan(700);
    }

    @Test
    void selectFocusesTheEventFromTheTimeline() {
        vm.select(VOTE);
        assertThat(state.focus()).isEqualTo(new FocusChange(new Focus.OnEvent(VOTE), PaneId.TIMELINE));
        assertThat(vm.selectedEventProperty().get()).isEqualTo(VOTE);
        assertThat(vm.markedEventsProperty().get()).contains(VOTE);
        assertThat(vm.markedDatesProperty().get()).isEqualTo(new DateWindow(LocalDate.of(2014, 11, 18), LocalDate.of(2014, 11, 18)));
    }

    @Test
    void selectDatesFocusesTheRangeInOrderAndMarksItsEvents() {
        vm.selectDates(LocalDate.of(2015, 1, 31), LocalDate.of(2015, 1, 1));
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnDates(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 31)));
        assertThat(vm.markedEventsProperty().get()).contains(TALKS, HALT).doesNotContain(VOTE);
    }

    @Test
    void clearDropsTheFocusAndTheMarks() {
        vm.select(VOTE);
        vm.clear();
        assertThat(state.focus().isEmpty()).isTrue();
        assertThat(vm.selectedEventProperty().get()).isNull();
        assertThat(vm.markedEventsProperty().get()).isEmpty();
        assertThat(vm.markedDatesProperty().get()).isNull();
    }

    @Test
    void aFocusFromAnotherPanePansToAnEventOutsideTheWindow() {
        zoomToDecember2014();
        DateWindow before = vm.window();
        state.focus(new Focus.OnEvent(INVOICE), PaneId.SOURCE);
        assertThat(vm.window().days()).isEqualTo(before.days());
        assertThat(vm.window().contains(LocalDate.of(2015, 2, 27), LocalDate.of(2015, 2, 27))).isTrue();
        assertThat(vm.selectedEventProperty().get()).isEqualTo(INVOICE);
    }

    @Test
    void aFocusFromAnotherPaneLeavesAVisibleEventWhereItIs() {
        vm.fitAll();
        DateWindow before = vm.window();
        state.focus(new Focus.OnEvent(VOTE), PaneId.SOURCE);
        assertThat(vm.window()).isEqualTo(before);
    }

    @Test
    void ourOwnFocusNeverMovesTheWindow() {
        zoomToDecember2014();
        DateWindow before = vm.window();
        vm.select(AUDIT);
        assertThat(vm.window()).isEqualTo(before);
        assertThat(vm.selectedEventProperty().get()).isEqualTo(AUDIT);
    }

    @Test
    void aDateFocusFromAnotherPanePansToThoseDates() {
        zoomToDecember2014();
        state.focus(new Focus.OnDates(LocalDate.of(2013, 6, 1), LocalDate.of(2013, 6, 2)), PaneId.STATEMENTS);
        assertThat(vm.window().contains(LocalDate.of(2013, 6, 1), LocalDate.of(2013, 6, 2))).isTrue();
    }

    @Test
    void aWideTargetZoomsOutToFit() {
        vm.showWindow(new DateWindow(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 10)));
        state.focus(new Focus.OnEvent(STUDY), PaneId.SOURCE);
        assertThat(vm.window().contains(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31))).isTrue();
    }

    @Test
    void arrowKeysWalkThroughEventsInTimeOrderAndRevealThem() {
        vm.select(VOTE);
        vm.selectNext();
        assertThat(vm.selectedEventProperty().get()).isEqualTo(SIGNING);
        vm.selectPrevious();
        vm.selectPrevious();
        assertThat(vm.selectedEventProperty().get()).isEqualTo(TENDER);
        vm.showWindow(new DateWindow(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 10)));
        vm.select(INQUIRY);
        vm.selectPrevious();
        assertThat(vm.selectedEventProperty().get()).isEqualTo(AUDIT);
        assertThat(vm.window().contains(LocalDate.of(2015, 5, 1), LocalDate.of(2015, 7, 31))).isTrue();
    }

    @Test
    void zoomButtonsChangeTheWindowAroundItsMiddle() {
        vm.fitAll();
        DateWindow before = vm.window();
        vm.zoomIn();
        assertThat(vm.window().days()).isLessThan(before.days());
        assertThat(vm.window().contains(before.middle(), before.middle())).isTrue();
        vm.zoomOut();
        assertThat(vm.window().days()).isBetween(before.days() - 2, before.days() + 2);
    }

    @Test
    void panMovesTheWindow() {
        DateWindow before = vm.window();
        vm.pan(0.25);
        assertThat(vm.window().start()).isAfter(before.start());
    }

    @Test
    void entityLanesPutAnEventUnderEachEntityNamedNearIt() {
        vm.laneModeProperty().set(LaneMode.ENTITY);
        assertThat(vm.entriesProperty().get())
                .filteredOn(e -> e.eventId() == INVOICE).extracting(TimelineLayout.Entry::laneLabel)
                .containsExactly("Brightline Construction");
        assertThat(vm.entriesProperty().get()).filteredOn(e -> e.eventId() == TALKS)
                .extracting(TimelineLayout.Entry::laneLabel).containsExactly(TimelineLanes.NO_ENTITY_LABEL);
        assertThat(vm.entriesProperty().get()).extracting(TimelineLayout.Entry::laneLabel).first().isEqualTo("Ana Ruiz");
    }

    @Test
    void articleLanesFollowPublicationOrder() {
        assertThat(vm.entriesProperty().get().stream().map(TimelineLayout.Entry::laneKey).distinct())
                .containsExactly("article:" + GAZETTE, "article:" + LEDGER, "article:" + REVIEW);
    }

    @Test
    void aNewSnapshotKeepsTheWindowAndTheFocusById() {
        vm.select(VOTE);
        vm.zoomIn();
        DateWindow before = vm.window();
        state.replaceSnapshot(TimelineStory.snapshot());
        assertThat(vm.window()).isEqualTo(before);
        assertThat(vm.selectedEventProperty().get()).isEqualTo(VOTE);
    }

    @Test
    void anotherCaseIsFittedAnew() {
        vm.showWindow(new DateWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 10)));
        var other = org.onrecord.service.CaseSnapshot.of(
                java.util.List.of(TimelineStory.article(9, "Elsewhere", "Other", LocalDate.of(2019, 5, 1))),
                java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(TimelineStory.event(900, 9, 0, "in 2019", TimelineStory.range("2019", 2019, 1, 1, 2019, 12, 31,
                        org.onrecord.model.DatePrecision.YEAR), "Something")), java.util.List.of());
        state.reset(other);
        assertThat(vm.window().contains(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(vm.items()).extracting(TimelineItem::eventId).containsExactly(900L);
    }

    private void zoomToDecember2014() {
        vm.showWindow(new DateWindow(LocalDate.of(2014, 12, 1), LocalDate.of(2014, 12, 31)));
    }
}
