package org.onrecord.ui.state;

/** A focus (or none) together with the pane that set it. */
public record FocusChange(Focus focus, PaneId origin) {
    public static final FocusChange NONE = new FocusChange(null, PaneId.OTHER);

    public boolean isEmpty() {
        return focus == null;
    }

    public boolean cameFrom(PaneId pane) {
        return origin == pane;
    }
}
