package org.onrecord.ui.timeline;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/** What the shapes and marks mean, drawn with the same shapes and style classes as the plot. */
final class TimelineLegend extends FlowPane {
    private static final Color SAMPLE = Color.web("#607080");

    TimelineLegend() {
        super(16, 4);
        getStyleClass().add("timeline-legend");
        setId("timeline-legend");
        Rectangle bar = new Rectangle(28, 8, SAMPLE);
        Rectangle fuzz = new Rectangle(28, 12);
        fuzz.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, SAMPLE.deriveColor(0, 1, 1, 0)), new Stop(1, SAMPLE.deriveColor(0, 1, 1, 0.65))));
        Rectangle marked = new Rectangle(20, 8, SAMPLE);
        marked.getStyleClass().add("timeline-shape");
        Node markedSample = wrap(marked, "timeline-event", "timeline-marked");
        Rectangle ring = new Rectangle(20, 14, Color.TRANSPARENT);
        ring.getStyleClass().add("timeline-selection-ring");
        Rectangle shade = new Rectangle(20, 14);
        shade.getStyleClass().add("timeline-marked-range");
        getChildren().addAll(
                entry(new Circle(TimelineLayout.POINT_RADIUS, SAMPLE), "a day"),
                entry(bar, "week, month, quarter, year or range (bar spans it)"),
                entry(fuzz, "≈ vague: fades where the date is unknown"),
                entry(markedSample, "marked (bold label)"),
                entry(ring, "selected"),
                entry(shade, "focused dates"),
                entry(TimelinePlot.publicationMark(0, 0, 16), "article published"));
    }

    private static Node wrap(Node node, String... styleClasses) {
        HBox box = new HBox(node);
        box.getStyleClass().addAll(styleClasses);
        return box;
    }

    private static Node entry(Node sample, String text) {
        Label label = new Label(text, sample);
        label.getStyleClass().add("timeline-legend-entry");
        label.setGraphicTextGap(6);
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }
}
