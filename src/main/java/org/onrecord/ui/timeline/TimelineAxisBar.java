package org.onrecord.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The date axis under the lanes, aligned with the plot's area, with the current scale in the left column. */
final class TimelineAxisBar extends Pane {
    static final double HEIGHT = 30;
    private static final Font TICK_FONT = Font.font("System", 11);

    private final Label scale = new Label();

    TimelineAxisBar() {
        getStyleClass().add("timeline-axis");
        scale.setId("timeline-scale");
        scale.getStyleClass().add("timeline-scale");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
    }

    /** The label the main window or a test can read: "Scale: weeks". */
    Label scaleLabel() {
        return scale;
    }

    void render(TimeAxis.Axis axis, double areaWidth) {
        getChildren().clear();
        scale.setText("Scale: " + axis.scale().displayName());
        scale.relocate(8, 6);
        getChildren().add(scale);
        Line base = new Line(TimelinePlot.LANE_LABEL_WIDTH, 0, TimelinePlot.LANE_LABEL_WIDTH + areaWidth, 0);
        base.getStyleClass().add("timeline-axis-line");
        getChildren().add(base);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (TimeAxis.Tick tick : axis.ticks()) {
            double x = TimelinePlot.LANE_LABEL_WIDTH + tick.x();
            Line mark = new Line(x, 0, x, tick.major() ? 10 : 6);
            mark.getStyleClass().add(tick.major() ? "timeline-tick-major" : "timeline-tick");
            Text label = new Text(x + 3, 20, tick.label());
            label.setFont(TICK_FONT);
            label.getStyleClass().add("timeline-tick-label");
            // A label that would run past the plot's edge or into the previous one is dropped, not cut.
            double labelEnd = x + 3 + label.getLayoutBounds().getWidth();
            if (labelEnd <= TimelinePlot.LANE_LABEL_WIDTH + areaWidth && x + 3 >= lastLabelEnd + 6) {
                getChildren().add(label);
                lastLabelEnd = labelEnd;
            }
            getChildren().add(mark);
        }
    }
}
