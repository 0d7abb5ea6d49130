package org.onrecord.ui.timeline;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Axis ticks and the date window they are drawn for. */
class TimelineAxisTest {
    private final TimeAxis axis = new TimeAxis();
    private static final LocalDate NOV_1 = LocalDate.of(2014, 11, 1);

    private TimeScale scaleFor(long days, double width) {
        return axis.axis(new DateWindow(NOV_1, NOV_1.plusDays(days - 1)), width).scale();
    }

    @Test
    void scaleCoarsensAsTheWindowWidens() {
        assertThat(scaleFor(10, 900)).isEqualTo(TimeScale.DAYS);
        assertThat(scaleFor(60, 900)).isEqualTo(TimeScale.WEEKS);
        assertThat(scaleFor(365, 900)).isEqualTo(TimeScale.MONTHS);
        assertThat(scaleFor(365 * 8, 900)).isEqualTo(TimeScale.YEARS);
        assertThat(scaleFor(365 * 150, 900)).isEqualTo(TimeScale.DECADES);
        assertThat(TimeScale.WEEKS.displayName()).isEqualTo("weeks");
    }

    @Test
    void ticksAreInsideTheWindowInOrderAndNeverCrowded() {
        for (long days = DateWindow.MIN_DAYS; days < DateWindow.MAX_DAYS; days = days * 3 / 2) {
            DateWindow window = new DateWindow(NOV_1, NOV_1.plusDays(days - 1));
            List<TimeAxis.Tick> ticks = axis.axis(window, 700).ticks();
            assertThat(ticks).as("ticks for %d days", days).isNotEmpty();
            for (int i = 0; i < ticks.size(); i++) {
                assertThat(window.contains(ticks.get(i).date(), ticks.get(i).date())).isTrue();
                if (i > 0) {
                    assertThat(ticks.get(i).x() - ticks.get(i - 1).x()).isGreaterThanOrEqualTo(TimeAxis.MIN_TICK_PX * 0.9);
                }
            }
        }
    }

    @Test
    void weekTicksFallOnMondaysAndMonthTicksOnTheFirst() {
        assertThat(axis.axis(new DateWindow(NOV_1, NOV_1.plusDays(59)), 900).ticks())
                .allMatch(t -> t.date().getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(axis.axis(new DateWindow(NOV_1, NOV_1.plusDays(364)), 900).ticks())
                .allMatch(t -> t.date().getDayOfMonth() == 1);
    }

    @Test
    void firstTickAndNewYearCarryTheYear() {
        List<TimeAxis.Tick> ticks = axis.axis(new DateWindow(NOV_1, NOV_1.plusDays(364)), 900).ticks();
        assertThat(ticks.getFirst().label()).isEqualTo("Nov 2014");
        assertThat(ticks.get(1).label()).isEqualTo("Dec");
        assertThat(ticks.get(2).label()).isEqualTo("Jan 2015");
        assertThat(ticks.get(2).major()).isTrue();
    }

    @Test
    void zoomKeepsTheAnchorInPlace() {
        DateWindow window = new DateWindow(NOV_1, NOV_1.plusDays(99));
        LocalDate anchor = NOV_1.plusDays(25);
        DateWindow zoomed = window.zoom(0.5, anchor);
        assertThat(zoomed.days()).isEqualTo(50);
        assertThat(zoomed.x(anchor, 1000)).isCloseTo(window.x(anchor, 1000), offset(20.0));
    }

    @Test
    void zoomStopsAtAWeekAndTwoCenturies() {
        DateWindow window = new DateWindow(NOV_1, NOV_1.plusDays(9));
        assertThat(window.zoom(0.01, NOV_1).days()).isEqualTo(DateWindow.MIN_DAYS);
        assertThat(window.zoom(1e6, NOV_1).days()).isEqualTo(DateWindow.MAX_DAYS);
    }

    @Test
    void panMovesByAFractionAndAtLeastADay() {
        DateWindow window = new DateWindow(NOV_1, NOV_1.plusDays(99));
        assertThat(window.pan(0.5).start()).isEqualTo(NOV_1.plusDays(50));
        assertThat(window.pan(-0.001).start()).isEqualTo(NOV_1.minusDays(1));
        assertThat(window.pan(0.5).days()).isEqualTo(100);
    }

    @Test
    void coveringAddsPaddingOnBothSides() {
        DateWindow w = DateWindow.covering(NOV_1, NOV_1.plusDays(99), 0.1);
        assertThat(w.contains(NOV_1, NOV_1.plusDays(99))).isTrue();
        assertThat(w.start()).isBefore(NOV_1);
        assertThat(w.days()).isEqualTo(120);
    }

    @Test
    void pixelsAndDatesRoundTrip() {
        DateWindow window = new DateWindow(NOV_1, NOV_1.plusDays(29));
        for (int day = 0; day < 30; day++) {
            LocalDate d = NOV_1.plusDays(day);
            assertThat(window.dateAt(window.x(d, 300) + 5, 300)).isEqualTo(d);
        }
    }
}
