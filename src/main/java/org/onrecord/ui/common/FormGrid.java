package org.onrecord.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled fields that never cut a label to "…": each label keeps its full width, beside its
 * field while the form is wide enough for a usable field, above it when it is not (a narrow
 * column on a laptop screen).
 */
public final class FormGrid extends GridPane {
    /** The narrowest a field may get before the labels move above the fields. */
    static final double MIN_FIELD_WIDTH = 100;

    private record Row(Label label, Node field) {
    }

    private final List<Row> rows = new ArrayList<>();
    private Boolean stacked;

    public FormGrid() {
        setHgap(6);
        setVgap(4);
        widthProperty().addListener((obs, was, is) -> arrange());
    }

    /** A grid of label / field pairs. */
    public static FormGrid of(Node... labelsAndFields) {
        FormGrid grid = new FormGrid();
        for (int i = 0; i + 1 < labelsAndFields.length; i += 2) {
            Node label = labelsAndFields[i];
            grid.add(label instanceof Label l ? l : new Label(String.valueOf(label)), labelsAndFields[i + 1]);
        }
        return grid;
    }

    public FormGrid add(String label, Node field) {
        return add(new Label(label), field);
    }

    public FormGrid add(Label label, Node field) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        if (field instanceof Region region) {
            region.setMinWidth(60);
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        rows.add(new Row(label, field));
        stacked = null;
        arrange();
        return this;
    }

    /** True when the labels stand above their fields. */
    public boolean isStacked() {
        return Boolean.TRUE.equals(stacked);
    }

    private double widestLabel() {
        return rows.stream().mapToDouble(r -> r.label().prefWidth(-1)).max().orElse(0);
    }

    private void arrange() {
        double width = getWidth();
        boolean narrow = width > 0 && width - widestLabel() - getHgap() < MIN_FIELD_WIDTH;
        if (stacked != null && stacked == narrow) {
            return;
        }
        stacked = narrow;
        getChildren().clear();
        getColumnConstraints().clear();
        int r = 0;
        for (Row row : rows) {
            if (narrow) {
                add(row.label(), 0, r++);
                add(row.field(), 0, r++);
            } else {
                add(row.label(), 0, r);
                add(row.field(), 1, r++);
            }
        }
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        if (narrow) {
            first.setHgrow(Priority.ALWAYS);
            first.setFillWidth(true);
            getColumnConstraints().add(first);
        } else {
            ColumnConstraints second = new ColumnConstraints();
            second.setHgrow(Priority.ALWAYS);
            second.setFillWidth(true);
            getColumnConstraints().addAll(first, second);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        // Narrow enough to stack: a label's width or a field's minimum, whichever is larger.
        double fields = rows.stream().mapToDouble(r -> r.field().minWidth(-1)).max().orElse(0);
        return snappedLeftInset() + Math.max(widestLabel(), fields) + snappedRightInset();
    }
}
