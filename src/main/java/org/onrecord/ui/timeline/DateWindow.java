package org.onrecord.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The stretch of days the timeline shows, both ends inclusive. Whole days, so a window maps
 * directly to a {@code Focus.OnDates}; zoom and pan round to days but always move by at least one.
 */
public record DateWindow(LocalDate start, LocalDate end) {
    /** Below a week a day would be wider than most labels; nothing to gain. */
    public static final long MIN_DAYS = 7;
    /** Two centuries: enough for "in the 1990s" next to last week, small enough to stay readable. */
    public static final long MAX_DAYS = 200L * 366;

    public DateWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + ".." + end);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Scales the window by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same screen fraction. */
    public DateWindow zoom(double factor, LocalDate anchor) {
        long days = days();
        long newDays = Math.clamp(Math.round(days * factor), MIN_DAYS, MAX_DAYS);
        if (newDays == days) {
            return this;
        }
        double anchorFraction = Math.clamp(ChronoUnit.DAYS.between(start, anchor) / (double) days, 0.0, 1.0);
        LocalDate newStart = anchor.minusDays(Math.round(anchorFraction * newDays));
        return new DateWindow(newStart, newStart.plusDays(newDays - 1));
    }

    /** Moves by a fraction of the window's width (negative = earlier). */
    public DateWindow pan(double fraction) {
        long shift = Math.round(fraction * days());
        if (shift == 0 && fraction != 0) {
            shift = fraction > 0 ? 1 : -1;
        }
        return new DateWindow(start.plusDays(shift), end.plusDays(shift));
    }

    /** Same width, centred on the middle of [from, to]. */
    public DateWindow centredOn(LocalDate from, LocalDate to) {
        long mid = (from.toEpochDay() + to.toEpochDay()) / 2;
        LocalDate newStart = LocalDate.ofEpochDay(mid - days() / 2);
        return new DateWindow(newStart, newStart.plusDays(days() - 1));
    }

    /** A window showing [from, to] with a margin of {@code padding} of its length on each side. */
    public static DateWindow covering(LocalDate from, LocalDate to, double padding) {
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        long days = Math.clamp(Math.round(span * (1 + 2 * padding)), MIN_DAYS, MAX_DAYS);
        long pad = (days - span) / 2;
        LocalDate newStart = from.minusDays(pad);
        return new DateWindow(newStart, newStart.plusDays(days - 1));
    }

    public boolean contains(LocalDate from, LocalDate to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    public boolean intersects(LocalDate from, LocalDate to) {
        return !to.isBefore(start) && !from.isAfter(end);
    }

    /** Pixel position of the start (midnight) of {@code date} in a plot {@code width} pixels wide. */
    public double x(LocalDate date, double width) {
        return (date.toEpochDay() - start.toEpochDay()) * width / days();
    }

    /** The day under pixel {@code x}. */
    public LocalDate dateAt(double x, double width) {
        return start.plusDays((long) Math.floor(x * days() / width));
    }

    public LocalDate middle() {
        return start.plusDays(days() / 2);
    }
}
