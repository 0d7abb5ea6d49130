package org.onrecord.ui.timeline;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.onrecord.ui.timeline.TimelineLayout.Placement;
import org.onrecord.ui.timeline.TimelineLayout.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The lanes: lane names in a fixed column on the left, then a clipped area where grid lines, the
 * shaded focus dates and the event glyphs go. Rebuilt from a layout result on every change, but
 * only for the lanes in view, so the cost follows the screen, not the case.
 */
final class TimelinePlot extends Pane {
    static final double LANE_LABEL_WIDTH = 150;
    static final double ROW_HEIGHT = 32;
    static final double LANE_PADDING = 6;
    /** Marks a node whose accessible text becomes its tooltip when first hovered. */
    static final String HOVER_TOOLTIP = "timeline-hover-tooltip";
    private static final Font LANE_FONT = Font.font("System", FontWeight.BOLD, 12);

    /** What the focus marks, as the view model reports it. */
    record Marks(Set<Long> events, Long selected, DateWindow dates) {
    }

    private final EventGlyphs glyphs;
    private final Pane area = new Pane();
    private final Rectangle clip = new Rectangle();

    TimelinePlot(EventGlyphs glyphs) {
        this.glyphs = glyphs;
        getStyleClass().add("timeline-plot");
        area.getStyleClass().add("timeline-area");
        area.setLayoutX(LANE_LABEL_WIDTH);
        area.setClip(clip);
        // Tooltips are made on first hover, not for every glyph and lane drawn.
        addEventHandler(MouseEvent.MOUSE_ENTERED_TARGET, e -> {
            for (Node n = e.getTarget() instanceof Node node ? node : null; n != null && n != this; n = n.getParent()) {
                if (n.getProperties().containsKey(HOVER_TOOLTIP)) {
                    EventGlyphs.installTooltip(n);
                    return;
                }
            }
        });
    }

    /** The area's left edge in plot coordinates: x = 0 of the layout. */
    Pane area() {
        return area;
    }

    double areaWidth() {
        return Math.max(1, getWidth() - LANE_LABEL_WIDTH);
    }

    /**
     * Draws the lanes that meet the rows {@code visibleTop..visibleBottom} (plot coordinates) and
     * nothing else: a case of ten thousand articles has ten thousand lanes, of which a screen shows
     * a dozen. The plot still takes the height of every lane, so the scroll bar is true.
     */
    void render(Result layout, DateWindow window, Marks marks, LongFunction<String> details,
                Function<String, Optional<LocalDate>> published, double visibleTop, double visibleBottom) {
        double width = areaWidth();
        getChildren().clear();
        area.getChildren().clear();
        double top = 0;
        Set<Long> idsUsed = new HashSet<>();
        for (int lane = 0; lane < layout.lanes().size(); lane++) {
            TimelineLayout.Lane l = layout.lanes().get(lane);
            double height = laneHeight(l);
            if (top + height >= visibleTop && top <= visibleBottom) {
                drawLane(layout, lane, top, height, window, marks, details, published, idsUsed);
            }
            top += height;
        }
        double total = Math.max(top, ROW_HEIGHT);
        area.getChildren().addAll(0, background(layout, window, marks, width, total));
        clip.setWidth(width);
        clip.setHeight(total);
        getChildren().add(area);
        setPrefHeight(total);
        setMinHeight(total);
    }

    private void drawLane(Result layout, int lane, double top, double height, DateWindow window, Marks marks,
                          LongFunction<String> details, Function<String, Optional<LocalDate>> published, Set<Long> idsUsed) {
        double width = areaWidth();
        TimelineLayout.Lane l = layout.lanes().get(lane);
        Rectangle band = new Rectangle(0, top, LANE_LABEL_WIDTH + width, height);
        band.getStyleClass().addAll("timeline-lane", lane % 2 == 0 ? "timeline-lane-even" : "timeline-lane-odd");
        getChildren().add(band);
        getChildren().add(laneLabel(l, top));
        published.apply(l.key()).filter(d -> window.intersects(d, d))
                .ifPresent(d -> area.getChildren().add(publicationMark(window.x(d, width) + width / window.days() / 2, top, height)));
        for (Placement p : layout.inLane(lane)) {
            area.getChildren().add(glyph(p, top, marks, details, idsUsed));
        }
    }

    /** Counts the glyphs drawn now (for tests: only what can be seen is built). */
    int glyphCount() {
        return (int) area.getChildren().stream().filter(n -> n.getStyleClass().contains("timeline-event")).count();
    }

    static double laneHeight(TimelineLayout.Lane lane) {
        return lane.rows() * ROW_HEIGHT + 2 * LANE_PADDING;
    }

    private Group glyph(Placement p, double laneTop, Marks marks, LongFunction<String> details, Set<Long> idsUsed) {
        long id = p.entry().eventId();
        double y = laneTop + LANE_PADDING + p.row() * ROW_HEIGHT + EventGlyphs.GLYPH_HALF_HEIGHT + 2;
        Group g = glyphs.glyph(p, y, EventGlyphs.laneColour(p.lane()), marks.events().contains(id),
                marks.selected() != null && marks.selected() == id, details.apply(id));
        // An event can sit in several entity lanes; the id (for lookups and tests) goes on the first.
        if (idsUsed.add(id)) {
            g.setId("timeline-event-" + id);
        }
        g.getProperties().put(HOVER_TOOLTIP, Boolean.TRUE);
        return g;
    }

    /**
     * A dotted line under a small triangle where the lane's article appeared: relative dates ("a few
     * months ago") hang on it. No text, so it never collides with event labels; the legend explains it.
     */
    static Group publicationMark(double x, double top, double height) {
        Line line = new Line(x, top + 2, x, top + height - 2);
        line.getStyleClass().add("timeline-published-line");
        Polygon triangle = new Polygon(x - 4, top, x + 4, top, x, top + 6);
        triangle.getStyleClass().add("timeline-published-mark");
        Group mark = new Group(line, triangle);
        mark.getStyleClass().add("timeline-published");
        mark.setMouseTransparent(true);
        return mark;
    }

    static Text laneLabel(TimelineLayout.Lane lane, double top) {
        Text name = new Text(8, top + LANE_PADDING + 14, lane.label());
        name.setFont(LANE_FONT);
        name.setWrappingWidth(LANE_LABEL_WIDTH - 14);
        name.getStyleClass().add("timeline-lane-label");
        // Long titles wrap within the lane and end in "…" on the last whole line that fits (never half a
        // line showing); the clip keeps them out of the next lane, the tooltip has the rest.
        fitWholeLines(name, top + laneHeight(lane));
        name.setClip(new Rectangle(0, top, LANE_LABEL_WIDTH - 4, laneHeight(lane)));
        name.setAccessibleText(lane.label());
        name.getProperties().put(HOVER_TOOLTIP, Boolean.TRUE);
        return name;
    }

    /** Drops words from the end of {@code text} (adding "…") until its wrapped lines end above {@code bottom}. */
    private static void fitWholeLines(Text text, double bottom) {
        String whole = text.getText();
        String shown = whole;
        while (text.getLayoutBounds().getMaxY() > bottom && shown.contains(" ")) {
            shown = shown.substring(0, shown.lastIndexOf(' ')).stripTrailing();
            text.setText(shown + "…");
        }
    }

    /** Grid lines at the axis ticks and the shaded focus dates, behind the glyphs. */
    private static List<Node> background(Result layout, DateWindow window, Marks marks, double width, double height) {
        List<Node> nodes = new ArrayList<>();
        for (TimeAxis.Tick tick : layout.axis().ticks()) {
            Line line = new Line(tick.x(), 0, tick.x(), height);
            line.getStyleClass().add(tick.major() ? "timeline-grid-major" : "timeline-grid");
            nodes.add(line);
        }
        if (marks.dates() != null && window.intersects(marks.dates().start(), marks.dates().end())) {
            double from = window.x(marks.dates().start(), width);
            double to = window.x(marks.dates().end().plusDays(1), width);
            double shadeWidth = Math.max(to - from, 3);
            Rectangle shade = new Rectangle(Math.max(from, -1), 0, Math.min(shadeWidth, width + 2), height);
            shade.setId("timeline-marked-range");
            shade.getStyleClass().add("timeline-marked-range");
            shade.setMouseTransparent(true);
            nodes.add(shade);
        }
        return nodes;
    }
}
