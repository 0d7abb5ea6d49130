package org.onrecord.ui.common;

import javafx.geometry.Rectangle2D;

/**
 * The window's size on this screen: the one the researcher left, never larger than the screen
 * (a size kept from a big monitor must not push the status bar off a laptop), never smaller than
 * the smallest size at which every pane is still usable; a first start fills the screen.
 */
public record WindowSize(double width, double height) {
    /** Below this the panes no longer fit side by side with readable labels. */
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    public static WindowSize fit(UiPreferences preferences, Rectangle2D screen) {
        double width = preferences.getDouble("window.width", screen.getWidth());
        double height = preferences.getDouble("window.height", screen.getHeight());
        return new WindowSize(clamp(width, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth()),
                clamp(height, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight()));
    }

    private static double clamp(double value, double min, double max) {
        return Double.isNaN(value) ? max : Math.max(min, Math.min(max, value));
    }
}
