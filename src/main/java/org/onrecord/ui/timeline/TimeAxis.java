package org.onrecord.ui.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses axis ticks for a window: the finest unit whose ticks stay at least {@link #MIN_TICK_PX}
 * apart, so tick labels never collide. Pure; the view only draws what this returns.
 */
public final class TimeAxis {
    /** Wide enough for a short tick label ("30 Sep"); a longer one that would collide is dropped by the view. */
    public static final double MIN_TICK_PX = 50;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public record Tick(LocalDate date, double x, String label, boolean major) {
    }

    public record Axis(TimeScale scale, List<Tick> ticks) {
    }

    /** A unit and how many of it lie between two ticks. */
    private record Step(TimeScale scale, int count, double approxDays) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(TimeScale.DAYS, 1, 1), new Step(TimeScale.WEEKS, 1, 7), new Step(TimeScale.MONTHS, 1, 30.44),
            new Step(TimeScale.MONTHS, 3, 91.3), new Step(TimeScale.YEARS, 1, 365.25), new Step(TimeScale.YEARS, 5, 1826),
            new Step(TimeScale.DECADES, 1, 3652.5), new Step(TimeScale.DECADES, 5, 18262));

    public Axis axis(DateWindow window, double width) {
        double pxPerDay = width / window.days();
        Step step = STEPS.getLast();
        for (Step candidate : STEPS) {
            if (candidate.approxDays() * pxPerDay >= MIN_TICK_PX) {
                step = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        LocalDate previous = null;
        for (LocalDate d = first(step, window.start()); !d.isAfter(window.end()); d = next(step, d)) {
            if (!d.isBefore(window.start())) {
                ticks.add(new Tick(d, window.x(d, width), label(step.scale(), d, previous == null), isMajor(step.scale(), d, previous)));
                previous = d;
            }
        }
        return new Axis(step.scale(), List.copyOf(ticks));
    }

    private static LocalDate first(Step step, LocalDate start) {
        return switch (step.scale()) {
            case DAYS -> start;
            case WEEKS -> start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> start.withDayOfMonth(1).withMonth(1 + (start.getMonthValue() - 1) / step.count() * step.count());
            case YEARS -> LocalDate.of(Math.floorDiv(start.getYear(), step.count()) * step.count(), 1, 1);
            case DECADES -> LocalDate.of(Math.floorDiv(start.getYear(), 10 * step.count()) * 10 * step.count(), 1, 1);
        };
    }

    private static LocalDate next(Step step, LocalDate d) {
        return switch (step.scale()) {
            case DAYS -> d.plusDays(step.count());
            case WEEKS -> d.plusWeeks(step.count());
            case MONTHS -> d.plusMonths(step.count());
            case YEARS -> d.plusYears(step.count());
            case DECADES -> d.plusYears(10L * step.count());
        };
    }

    /** The first tick and each new year carry the year, so a reader never has to guess it. */
    private static String label(TimeScale scale, LocalDate d, boolean first) {
        boolean showYear = first || (scale == TimeScale.DAYS ? d.getDayOfYear() == 1 : d.getDayOfYear() <= 7);
        return switch (scale) {
            case DAYS, WEEKS -> (showYear ? DAY_YEAR : DAY).format(d);
            case MONTHS -> (showYear ? MONTH_YEAR : MONTH).format(d);
            case YEARS -> Integer.toString(d.getYear());
            case DECADES -> d.getYear() + "s";
        };
    }

    private static boolean isMajor(TimeScale scale, LocalDate d, LocalDate previous) {
        return switch (scale) {
            case DAYS, WEEKS -> previous != null && d.getMonthValue() != previous.getMonthValue();
            case MONTHS -> d.getMonthValue() == 1;
            case YEARS -> d.getYear() % 10 == 0;
            case DECADES -> d.getYear() % 100 == 0;
        };
    }
}
