package org.onrecord.ui.timeline;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Where each event goes on the timeline: its x-extent (a dot for a day, a bar for a week, month,
 * quarter, year or range, an open fading shape for a vague date), its lane, and a row inside the
 * lane so that no two labels of a lane and row overlap. Pure (no scene graph): the view measures
 * text through {@code textWidth} and draws what this returns, so the rules are tested without a toolkit.
 */
public final class TimelineLayout {
    /** Radius of a day's dot; the dot is also its minimum hit area. */
    public static final double POINT_RADIUS = 5;
    /** A bar never gets thinner than this, or a month at decade zoom would vanish. */
    public static final double MIN_BAR_PX = 4;
    /** How far an open-ended vague shape fades out: a symbol for "unknown", not a duration. */
    public static final double VAGUE_TAIL_PX = 90;
    /** Labels longer than this are shortened with "…" (the full text goes in a tooltip). */
    public static final double MAX_LABEL_PX = 240;
    /** Horizontal air between two items sharing a row. */
    public static final double GAP_PX = 8;
    /** A label near the right edge is shortened to fit, but never below this (it may then run past the edge). */
    public static final double MIN_LABEL_PX = 60;
    /** Beyond this many rows a lane would dwarf the others; later labels are hidden instead. */
    public static final int MAX_ROWS = 4;

    /** One event in one lane: the layout's input. {@code label} is the full text to show. */
    public record Entry(long eventId, String laneKey, String laneLabel, String label, DateValue date) {
    }

    public enum Shape { POINT, BAR, VAGUE }

    public record Lane(String key, String label, int rows) {
    }

    /**
     * A placed entry. {@code startX..endX} is the shape (for a point: the dot's box); an open end
     * fades out. {@code labelText} may be shortened or empty; {@code labelShortened} then asks for a tooltip.
     */
    public record Placement(Entry entry, int lane, int row, Shape shape, double startX, double endX,
                            boolean openStart, boolean openEnd, double labelX, String labelText, double labelWidth,
                            boolean labelShortened) {
        public double labelEnd() {
            return labelX + labelWidth;
        }
    }

    public record Result(List<Lane> lanes, List<Placement> placements, List<Entry> undated, TimeAxis.Axis axis,
                         int hiddenBefore, int hiddenAfter) {
        public TimeScale scale() {
            return axis.scale();
        }

        /** The placements of one lane (they are stored lane by lane, so this is a binary search, not a scan). */
        public List<Placement> inLane(int lane) {
            return placements.subList(firstIndexOf(lane), firstIndexOf(lane + 1));
        }

        private int firstIndexOf(int lane) {
            int low = 0;
            int high = placements.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (placements.get(mid).lane() < lane) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    private final ToDoubleFunction<String> textWidth;
    private final TimeAxis timeAxis = new TimeAxis();

    public TimelineLayout(ToDoubleFunction<String> textWidth) {
        this.textWidth = textWidth;
    }

    /** Entries are laid out in lanes in the order their lane keys first appear. */
    public Result layout(List<Entry> entries, DateWindow window, double width) {
        Map<String, String> laneLabels = new LinkedHashMap<>();
        List<Entry> undated = new ArrayList<>();
        List<Placement> shapes = new ArrayList<>();
        int hiddenBefore = 0;
        int hiddenAfter = 0;
        for (Entry e : entries) {
            if (!isPlaceable(e.date())) {
                undated.add(e);
                continue;
            }
            laneLabels.putIfAbsent(e.laneKey(), e.laneLabel());
            Placement shape = shape(e, window, width);
            if (shape.endX() < 0) {
                hiddenBefore++;
            } else if (shape.startX() > width) {
                hiddenAfter++;
            } else {
                shapes.add(shape);
            }
        }
        Map<String, List<Placement>> byLane = new HashMap<>();
        for (Placement shape : shapes) {
            byLane.computeIfAbsent(shape.entry().laneKey(), k -> new ArrayList<>()).add(shape);
        }
        List<Placement> placed = new ArrayList<>();
        List<Lane> lanes = new ArrayList<>();
        int lane = 0;
        for (Map.Entry<String, String> key : laneLabels.entrySet()) {
            int rows = stackIntoRows(byLane.getOrDefault(key.getKey(), List.of()), lane++, width, placed);
            lanes.add(new Lane(key.getKey(), key.getValue(), Math.max(rows, 1)));
        }
        return new Result(List.copyOf(lanes), List.copyOf(placed), List.copyOf(undated), timeAxis.axis(window, width),
                hiddenBefore, hiddenAfter);
    }

    /** A date can be placed when at least one bound is known; "some time" alone cannot. */
    public static boolean isPlaceable(DateValue date) {
        return date != null && (date.from() != null || date.to() != null);
    }

    private Placement shape(Entry e, DateWindow window, double width) {
        DateValue d = e.date();
        LocalDate from = d.from();
        LocalDate to = d.to();
        double dayPx = width / window.days();
        if (from != null && to != null && d.isExactDay()) {
            double centre = window.x(from, width) + dayPx / 2;
            return placement(e, Shape.POINT, centre - POINT_RADIUS, centre + POINT_RADIUS, false, false);
        }
        boolean vague = d.precision() == DatePrecision.VAGUE || from == null || to == null;
        if (from == null) {
            double end = window.x(to, width) + dayPx;
            return placement(e, Shape.VAGUE, end - VAGUE_TAIL_PX, end, true, false);
        }
        if (to == null) {
            double start = window.x(from, width);
            return placement(e, Shape.VAGUE, start, start + VAGUE_TAIL_PX, false, true);
        }
        double start = window.x(from, width);
        double end = window.x(to, width) + dayPx;
        if (end - start < MIN_BAR_PX) {
            double mid = (start + end) / 2;
            start = mid - MIN_BAR_PX / 2;
            end = mid + MIN_BAR_PX / 2;
        }
        return placement(e, vague ? Shape.VAGUE : Shape.BAR, start, end, false, false);
    }

    private static Placement placement(Entry e, Shape shape, double start, double end, boolean openStart, boolean openEnd) {
        return new Placement(e, -1, -1, shape, start, end, openStart, openEnd, 0, "", 0, false);
    }

    /**
     * Greedy interval stacking: in order of start, each entry takes the first row whose last item
     * ends (label included) before it starts. When all {@link #MAX_ROWS} are taken it joins the
     * row that frees up first with its label hidden, so labels still never overlap.
     */
    private int stackIntoRows(List<Placement> inLane, int lane, double width, List<Placement> out) {
        List<Placement> sorted = new ArrayList<>(inLane);
        sorted.sort(Comparator.comparingDouble(Placement::startX).thenComparingLong(p -> p.entry().eventId()));
        List<Double> rowEnds = new ArrayList<>();
        for (Placement p : sorted) {
            double labelX = Math.max(p.startX(), 0);
            String text = fit(p.entry().label(), Math.clamp(width - labelX, MIN_LABEL_PX, MAX_LABEL_PX));
            boolean shortened = !text.equals(p.entry().label());
            double labelWidth = textWidth.applyAsDouble(text);
            double occupiedStart = Math.min(p.startX(), labelX);
            double occupiedEnd = Math.max(p.endX(), labelX + labelWidth);
            int row = -1;
            for (int r = 0; r < rowEnds.size(); r++) {
                if (rowEnds.get(r) + GAP_PX <= occupiedStart) {
                    row = r;
                    break;
                }
            }
            if (row < 0 && rowEnds.size() < MAX_ROWS) {
                rowEnds.add(Double.NEGATIVE_INFINITY);
                row = rowEnds.size() - 1;
            }
            if (row < 0) {
                row = earliestFree(rowEnds);
                text = "";
                labelWidth = 0;
                shortened = true;
                occupiedEnd = p.endX();
            }
            rowEnds.set(row, Math.max(rowEnds.get(row), occupiedEnd));
            out.add(new Placement(p.entry(), lane, row, p.shape(), p.startX(), p.endX(), p.openStart(), p.openEnd(),
                    labelX, text, labelWidth, shortened));
        }
        return rowEnds.size();
    }

    private static int earliestFree(List<Double> rowEnds) {
        int best = 0;
        for (int r = 1; r < rowEnds.size(); r++) {
            if (rowEnds.get(r) < rowEnds.get(best)) {
                best = r;
            }
        }
        return best;
    }

    /** Shortens {@code label} with "…" until it fits {@code maxWidth}. */
    private String fit(String label, double maxWidth) {
        if (textWidth.applyAsDouble(label) <= maxWidth) {
            return label;
        }
        int low = 0;
        int high = label.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (textWidth.applyAsDouble(label.substring(0, mid).stripTrailing() + "…") <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return label.substring(0, low).stripTrailing() + "…";
    }
}
