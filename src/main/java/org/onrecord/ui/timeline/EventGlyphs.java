package org.onrecord.ui.timeline;

import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.onrecord.dates.DateLabels;
import org.onrecord.ui.timeline.TimelineLayout.Placement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Draws one placed event. Precision is carried by shape and label, never by colour alone: a dot
 * for a day, a solid bar with hard ends for a week, month, quarter, year or range, and a fading
 * shape with "≈" for a vague date, solid only at the end that is known. Colour only tells lanes apart.
 */
final class EventGlyphs {
    private static final String TOOLTIP_KEY = "timeline-tooltip";
    static final Font LABEL_FONT = Font.font("System", 11);
    static final Font LABEL_BOLD = Font.font("System", FontWeight.BOLD, 11);
    static final double GLYPH_HALF_HEIGHT = 6;
    /** Baseline of the label below the glyph's centre line. */
    static final double LABEL_DROP = 19;

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final List<Color> LANE_COLOURS = List.of(Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#999999"));

    private static final int MAX_CACHED_WIDTHS = 200_000;

    /**
     * Up to Hebrew (Latin, Greek, Cyrillic and their accents) and in General Punctuation (dashes,
     * quotation marks, the "…" of a shortened label) a text is as wide as its characters' advances together.
     */
    private static final char SHAPED_SCRIPTS_START = '\u0590';
    private static final char PUNCTUATION_START = '\u2000';
    private static final char PUNCTUATION_END = '\u2070';

    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final double[] advances = new double[PUNCTUATION_END];
    private int measurements;

    EventGlyphs() {
        // Labels are measured bold, the widest they are drawn, so a marked label never grows into its neighbour.
        measure.setFont(LABEL_BOLD);
        Arrays.fill(advances, -1);
    }

    /**
     * The label's width, bold. Opening lays out every label of the case (ten thousand events, and
     * the shortened forms of the long ones): a text node asked for each would cost most of the
     * opening's time on the FX thread. Labels in alphabetic scripts are measured as the sum of
     * their characters' advances, each character measured once; text in other scripts, shaped as
     * a whole, goes to the text node (and is remembered).
     */
    double textWidth(String text) {
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shaped(c)) {
                return shapedWidth(text);
            }
            double w = advances[c];
            if (w < 0) {
                w = measured(String.valueOf(c));
                advances[c] = w;
            }
            sum += w;
        }
        return sum;
    }

    private static boolean shaped(char c) {
        return c >= SHAPED_SCRIPTS_START && c < PUNCTUATION_START || c >= PUNCTUATION_END;
    }

    private double shapedWidth(String text) {
        if (widths.size() > MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        return widths.computeIfAbsent(text, this::measured);
    }

    private double measured(String text) {
        measurements++;
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** How often a text node was asked for a width (tests: each character once, not each label). */
    int measurements() {
        return measurements;
    }

    static Color laneColour(int lane) {
        return LANE_COLOURS.get(lane % LANE_COLOURS.size());
    }

    /** The event's shape and label at centre line {@code y}, styled for its mark and selection. */
    Group glyph(Placement p, double y, Color colour, boolean marked, boolean selected, String details) {
        Group group = new Group();
        group.getStyleClass().addAll("timeline-event", "timeline-" + p.shape().name().toLowerCase(Locale.ROOT));
        if (marked) {
            group.getStyleClass().add("timeline-marked");
        }
        if (selected) {
            group.getStyleClass().add("timeline-selected");
            Rectangle ring = new Rectangle(p.startX() - 4, y - GLYPH_HALF_HEIGHT - 4, p.endX() - p.startX() + 8, 2 * GLYPH_HALF_HEIGHT + 8);
            ring.getStyleClass().add("timeline-selection-ring");
            ring.setFill(Color.TRANSPARENT);
            group.getChildren().add(ring);
        }
        group.getChildren().addAll(shape(p, y, colour));
        if (!p.labelText().isEmpty()) {
            Text label = new Text(p.labelX(), y + LABEL_DROP, p.labelText());
            label.setFont(marked || selected ? LABEL_BOLD : LABEL_FONT);
            label.getStyleClass().add("timeline-label");
            group.getChildren().add(label);
        }
        group.setAccessibleRole(AccessibleRole.BUTTON);
        group.setAccessibleText(details);
        group.setUserData(p.entry().eventId());
        return group;
    }

    /** The glyph's tooltip, made when the pointer first reaches it: most glyphs are never hovered. */
    static void installTooltip(Node glyph) {
        if (glyph.getProperties().containsKey(TOOLTIP_KEY)) {
            return;
        }
        Tooltip tooltip = new Tooltip(glyph.getAccessibleText());
        tooltip.getStyleClass().add("timeline-tooltip");
        Tooltip.install(glyph, tooltip);
        glyph.getProperties().put(TOOLTIP_KEY, tooltip);
    }

    private List<Node> shape(Placement p, double y, Color colour) {
        double top = y - GLYPH_HALF_HEIGHT;
        double height = 2 * GLYPH_HALF_HEIGHT;
        return switch (p.shape()) {
            case POINT -> {
                Circle dot = new Circle((p.startX() + p.endX()) / 2, y, TimelineLayout.POINT_RADIUS, colour);
                dot.getStyleClass().addAll("timeline-body", "timeline-shape");
                yield List.of(dot);
            }
            case BAR -> {
                Rectangle bar = new Rectangle(p.startX(), top + 2, p.endX() - p.startX(), height - 4);
                bar.setFill(colour);
                bar.getStyleClass().addAll("timeline-body", "timeline-shape");
                // Hard end caps: the range is known to begin and end exactly here.
                Line left = cap(p.startX(), top, height);
                Line right = cap(p.endX(), top, height);
                yield List.of(bar, left, right);
            }
            case VAGUE -> vague(p, top, height, colour);
        };
    }

    private static List<Node> vague(Placement p, double top, double height, Color colour) {
        Color solid = colour.deriveColor(0, 1, 1, 0.65);
        Color gone = colour.deriveColor(0, 1, 1, 0);
        Stop[] stops = p.openStart() ? new Stop[]{new Stop(0, gone), new Stop(1, solid)}
                : p.openEnd() ? new Stop[]{new Stop(0, solid), new Stop(1, gone)}
                : new Stop[]{new Stop(0, gone), new Stop(0.3, solid), new Stop(0.7, solid), new Stop(1, gone)};
        Rectangle fuzz = new Rectangle(p.startX(), top, p.endX() - p.startX(), height);
        fuzz.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        fuzz.getStyleClass().addAll("timeline-body", "timeline-vague-shape");
        if (p.openStart() || p.openEnd()) {
            // The outline fades with the fill: a hard edge at the unknown end would claim a date.
            Color ink = Color.web("#26303a");
            fuzz.setStroke(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                    new Stop(0, p.openStart() ? ink.deriveColor(0, 1, 1, 0) : ink),
                    new Stop(1, p.openEnd() ? ink.deriveColor(0, 1, 1, 0) : ink)));
            fuzz.getStyleClass().add("timeline-vague-open");
        } else {
            fuzz.getStyleClass().add("timeline-shape");
        }
        Text approx = new Text(p.openStart() ? p.endX() - 12 : p.startX() + 2, top + height - 2, DateLabels.APPROX);
        approx.setFont(LABEL_BOLD);
        approx.getStyleClass().add("timeline-approx");
        if (p.openStart()) {
            return List.of(fuzz, cap(p.endX(), top, height), approx);
        }
        if (p.openEnd()) {
            return List.of(fuzz, cap(p.startX(), top, height), approx);
        }
        return List.of(fuzz, approx);
    }

    private static Line cap(double x, double top, double height) {
        Line line = new Line(x, top, x, top + height);
        line.getStyleClass().add("timeline-cap");
        return line;
    }
}
