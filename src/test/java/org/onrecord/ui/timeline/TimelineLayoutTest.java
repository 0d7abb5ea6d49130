package org.onrecord.ui.timeline;

import org.junit.jupiter.api.Test;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.ui.timeline.TimelineLayout.Entry;
import org.onrecord.ui.timeline.TimelineLayout.Placement;
import org.onrecord.ui.timeline.TimelineLayout.Result;
import org.onrecord.ui.timeline.TimelineLayout.Shape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineLayoutTest {
    /** 6 px per character: a stand-in for font metrics that keeps the arithmetic readable. */
    private final TimelineLayout layout = new TimelineLayout(s -> s.length() * 6.0);
    /** 30 days over 300 px: 10 px a day. */
    private final DateWindow november = new DateWindow(LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 30));

    private static Entry entry(long id, String lane, String label, DateValue date) {
        return new Entry(id, lane, "Lane " + lane, label, date);
    }

    private static DateValue range(LocalDate from, LocalDate to, DatePrecision precision) {
        return new DateValue("x", from, to, precision);
    }

    private Placement only(Result result) {
        assertThat(result.placements()).hasSize(1);
        return result.placements().getFirst();
    }

    @Test
    void aDayIsADotCentredOnItsDay() {
        Placement p = only(layout.layout(List.of(entry(1, "a", "vote", DateValue.day(LocalDate.of(2014, 11, 3)))), november, 300));
        assertThat(p.shape()).isEqualTo(Shape.POINT);
        assertThat((p.startX() + p.endX()) / 2).isCloseTo(25.0, within(1e-9));
        assertThat(p.endX() - p.startX()).isEqualTo(2 * TimelineLayout.POINT_RADIUS);
    }

    @Test
    void aMonthIsABarCoveringTheWholeMonth() {
        DateWindow autumn = new DateWindow(LocalDate.of(2014, 10, 1), LocalDate.of(2014, 12, 31));
        DateValue month = range(LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 30), DatePrecision.MONTH);
        Placement p = only(layout.layout(List.of(entry(1, "a", "Nov 2014", month)), autumn, 920));
        assertThat(p.shape()).isEqualTo(Shape.BAR);
        assertThat(p.startX()).isCloseTo(autumn.x(LocalDate.of(2014, 11, 1), 920), within(1e-9));
        assertThat(p.endX()).isCloseTo(autumn.x(LocalDate.of(2014, 12, 1), 920), within(1e-9));
        assertThat(p.openStart() || p.openEnd()).isFalse();
    }

    @Test
    void aRangeOfDaysIsABarNotADot() {
        DateValue talks = range(LocalDate.of(2014, 11, 5), LocalDate.of(2014, 11, 16), DatePrecision.DAY);
        Placement p = only(layout.layout(List.of(entry(1, "a", "talks", talks)), november, 300));
        assertThat(p.shape()).isEqualTo(Shape.BAR);
        assertThat(p.endX() - p.startX()).isCloseTo(120, within(1e-9));
    }

    @Test
    void aVagueDateWithoutStartIsOpenTowardsThePast() {
        DateValue fewMonthsAgo = new DateValue("PAST_REF", null, LocalDate.of(2014, 11, 20), DatePrecision.VAGUE);
        Placement p = only(layout.layout(List.of(entry(1, "a", "≈", fewMonthsAgo)), november, 300));
        assertThat(p.shape()).isEqualTo(Shape.VAGUE);
        assertThat(p.openStart()).isTrue();
        assertThat(p.openEnd()).isFalse();
        assertThat(p.endX()).isCloseTo(200, within(1e-9));
        assertThat(p.endX() - p.startX()).isEqualTo(TimelineLayout.VAGUE_TAIL_PX);
    }

    @Test
    void aVagueDateWithoutEndIsOpenTowardsTheFuture() {
        DateValue since = new DateValue("2014-11-10/", LocalDate.of(2014, 11, 10), null, DatePrecision.VAGUE);
        Placement p = only(layout.layout(List.of(entry(1, "a", "since", since)), november, 300));
        assertThat(p.shape()).isEqualTo(Shape.VAGUE);
        assertThat(p.openEnd()).isTrue();
        assertThat(p.startX()).isCloseTo(90, within(1e-9));
    }

    @Test
    void aVagueDateWithBothBoundsIsAFuzzyShapeNotABar() {
        DateValue earlySummer = range(LocalDate.of(2014, 11, 10), LocalDate.of(2014, 11, 20), DatePrecision.VAGUE);
        Placement p = only(layout.layout(List.of(entry(1, "a", "≈", earlySummer)), november, 300));
        assertThat(p.shape()).isEqualTo(Shape.VAGUE);
        assertThat(p.openStart() || p.openEnd()).isFalse();
    }

    @Test
    void eventsWithoutAnyBoundAreReturnedApart() {
        DateValue someday = new DateValue("FUTURE_REF", null, null, DatePrecision.VAGUE);
        Result r = layout.layout(List.of(entry(1, "a", "reopen", someday), entry(2, "a", "none", null)), november, 300);
        assertThat(r.placements()).isEmpty();
        assertThat(r.undated()).extracting(Entry::eventId).containsExactly(1L, 2L);
        assertThat(r.lanes()).isEmpty();
    }

    @Test
    void eventsOutsideTheWindowAreCountedNotPlaced() {
        Result r = layout.layout(List.of(
                entry(1, "a", "before", DateValue.day(LocalDate.of(2014, 10, 1))),
                entry(2, "a", "after", DateValue.day(LocalDate.of(2015, 1, 1))),
                entry(3, "a", "inside", DateValue.day(LocalDate.of(2014, 11, 15)))), november, 300);
        assertThat(r.placements()).extracting(p -> p.entry().eventId()).containsExactly(3L);
        assertThat(r.hiddenBefore()).isEqualTo(1);
        assertThat(r.hiddenAfter()).isEqualTo(1);
    }

    @Test
    void lanesKeepTheOrderTheirKeysFirstAppearEvenWhenOffScreen() {
        Result r = layout.layout(List.of(
                entry(1, "gazette", "x", DateValue.day(LocalDate.of(2013, 1, 1))),
                entry(2, "ledger", "y", DateValue.day(LocalDate.of(2014, 11, 2))),
                entry(3, "gazette", "z", DateValue.day(LocalDate.of(2014, 11, 20)))), november, 300);
        assertThat(r.lanes()).extracting(TimelineLayout.Lane::key).containsExactly("gazette", "ledger");
        assertThat(r.placements()).filteredOn(p -> p.entry().eventId() == 2).singleElement()
                .extracting(Placement::lane).isEqualTo(1);
    }

    @Test
    void twoEventsOnTheSameDayStackIntoTwoRows() {
        Result r = layout.layout(List.of(
                entry(1, "a", "Council votes", DateValue.day(LocalDate.of(2014, 11, 18))),
                entry(2, "a", "Mayor signs", DateValue.day(LocalDate.of(2014, 11, 18)))), november, 300);
        assertThat(r.placements()).extracting(Placement::row).containsExactlyInAnyOrder(0, 1);
        assertThat(r.lanes().getFirst().rows()).isEqualTo(2);
    }

    @Test
    void farApartEventsShareARow() {
        Result r = layout.layout(List.of(
                entry(1, "a", "early", DateValue.day(LocalDate.of(2014, 11, 1))),
                entry(2, "a", "late", DateValue.day(LocalDate.of(2014, 11, 25)))), november, 300);
        assertThat(r.placements()).extracting(Placement::row).containsOnly(0);
    }

    @Test
    void longLabelsAreShortenedWithAnEllipsis() {
        String longText = "x".repeat(100);
        Placement p = only(layout.layout(List.of(entry(1, "a", longText, DateValue.day(LocalDate.of(2014, 11, 2)))), november, 300));
        assertThat(p.labelText()).endsWith("…");
        assertThat(p.labelWidth()).isLessThanOrEqualTo(TimelineLayout.MAX_LABEL_PX);
        assertThat(p.labelShortened()).isTrue();
    }

    @Test
    void beyondTheRowLimitLabelsAreHiddenNotOverlapped() {
        List<Entry> crowd = new ArrayList<>();
        for (int i = 0; i < TimelineLayout.MAX_ROWS + 3; i++) {
            crowd.add(entry(i, "a", "same day " + i, DateValue.day(LocalDate.of(2014, 11, 18))));
        }
        Result r = layout.layout(crowd, november, 300);
        assertThat(r.lanes().getFirst().rows()).isEqualTo(TimelineLayout.MAX_ROWS);
        assertThat(r.placements()).filteredOn(p -> p.labelText().isEmpty()).hasSize(3)
                .allMatch(Placement::labelShortened);
        assertNoLabelOverlaps(r);
    }

    @Test
    void labelsStartInsideThePlotWhenABarBeginsBeforeIt() {
        DateValue year = range(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), DatePrecision.YEAR);
        Placement p = only(layout.layout(List.of(entry(1, "a", "2014", year)), november, 300));
        assertThat(p.startX()).isNegative();
        assertThat(p.labelX()).isZero();
    }

    @Test
    void thinBarsKeepAVisibleWidth() {
        DateWindow decades = new DateWindow(LocalDate.of(1950, 1, 1), LocalDate.of(2029, 12, 31));
        DateValue week = range(LocalDate.of(2014, 11, 3), LocalDate.of(2014, 11, 9), DatePrecision.WEEK);
        Placement p = only(layout.layout(List.of(entry(1, "a", "w", week)), decades, 300));
        assertThat(p.endX() - p.startX()).isGreaterThanOrEqualTo(TimelineLayout.MIN_BAR_PX - 1e-9);
    }

    @Test
    void randomTimelinesNeverOverlapLabelsInALaneRow() {
        Random random = new Random(20141118);
        DatePrecision[] precisions = DatePrecision.values();
        for (int round = 0; round < 500; round++) {
            LocalDate origin = LocalDate.of(2014, 1, 1);
            DateWindow window = new DateWindow(origin.plusDays(random.nextInt(200)), origin.plusDays(220 + random.nextInt(400)));
            List<Entry> entries = new ArrayList<>();
            int count = 1 + random.nextInt(60);
            for (int i = 0; i < count; i++) {
                LocalDate from = origin.plusDays(random.nextInt(700) - 50);
                LocalDate to = from.plusDays(random.nextInt(5) == 0 ? random.nextInt(120) : 0);
                DatePrecision precision = precisions[random.nextInt(precisions.length)];
                DateValue date = switch (random.nextInt(6)) {
                    case 0 -> new DateValue("PAST_REF", null, to, DatePrecision.VAGUE);
                    case 1 -> new DateValue("FUTURE_REF", from, null, DatePrecision.VAGUE);
                    case 2 -> DateValue.day(from);
                    default -> new DateValue("x", from, to, precision);
                };
                String label = "e" + i + " " + "w".repeat(random.nextInt(50));
                entries.add(entry(i, "lane" + random.nextInt(3), label, date));
            }
            Result r = layout.layout(entries, window, 200 + random.nextInt(800));
            assertNoLabelOverlaps(r);
            assertThat(r.placements().size() + r.hiddenBefore() + r.hiddenAfter() + r.undated().size()).isEqualTo(count);
            assertThat(r.placements()).allMatch(p -> p.row() >= 0 && p.row() < TimelineLayout.MAX_ROWS);
        }
    }

    /** Within one lane and row, labels (with the shapes they belong to) never touch. */
    private static void assertNoLabelOverlaps(Result r) {
        for (Placement a : r.placements()) {
            for (Placement b : r.placements()) {
                if (a == b || a.lane() != b.lane() || a.row() != b.row() || a.labelText().isEmpty() || b.labelText().isEmpty()) {
                    continue;
                }
                boolean apart = a.labelEnd() <= b.labelX() || b.labelEnd() <= a.labelX();
                assertThat(apart).as("labels %s and %s overlap in lane %d row %d", a.labelText(), b.labelText(), a.lane(), a.row())
                        .isTrue();
            }
        }
    }
}
