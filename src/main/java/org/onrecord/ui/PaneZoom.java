package org.onrecord.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Optional;

/**
 * One pane alone in the whole window, and back (Ctrl+M): on a laptop screen the source text,
 * the statement table or the timeline gets every pixel while it is read. The other panes keep
 * their state; their dividers come back as they were.
 */
final class PaneZoom {
    private final StackPane center;
    private final Node workbench;
    private final List<PaneLayout> layouts;
    private final ReadOnlyStringWrapper zoomed = new ReadOnlyStringWrapper();
    private PaneLayout zoomedIn;

    PaneZoom(StackPane center, Node workbench, List<PaneLayout> layouts) {
        this.center = center;
        this.workbench = workbench;
        this.layouts = layouts;
    }

    /** The pane alone on screen, or null when every pane is in its place. */
    ReadOnlyStringProperty zoomedProperty() {
        return zoomed.getReadOnlyProperty();
    }

    boolean isZoomed() {
        return zoomed.get() != null;
    }

    /** Gives the pane holding {@code focusOwner} (the source text when none does) the whole window, or puts it back. */
    void toggle(Node focusOwner) {
        if (isZoomed()) {
            restore();
            return;
        }
        for (PaneLayout layout : layouts) {
            Optional<String> name = layout.paneContaining(focusOwner);
            if (name.isPresent()) {
                zoom(layout, name.get());
                return;
            }
        }
        layouts.stream().filter(l -> l.has("source")).findFirst().ifPresent(l -> zoom(l, "source"));
    }

    void zoom(PaneLayout layout, String name) {
        if (isZoomed()) {
            restore();
        }
        if (!center.getChildren().contains(workbench) || !layout.isShown(name)) {
            return;
        }
        Node pane = layout.detach(name);
        zoomedIn = layout;
        zoomed.set(name);
        center.getChildren().setAll(pane);
    }

    /** Every pane back in its place (also before the layout changes in any other way). */
    void restore() {
        if (!isZoomed()) {
            return;
        }
        zoomedIn.build();
        zoomedIn = null;
        zoomed.set(null);
        center.getChildren().setAll(workbench);
    }
}
