package org.onrecord.ui.common;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowSizeTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void aFirstStartFillsTheScreen() {
        assertThat(WindowSize.fit(new MemoryUiPreferences(), LAPTOP)).isEqualTo(new WindowSize(1366, 768));
    }

    @Test
    void aSizeKeptFromABigMonitorShrinksToTheLaptopScreen() {
        UiPreferences preferences = new MemoryUiPreferences();
        preferences.putDouble("window.width", 1920);
        preferences.putDouble("window.height", 1200);
        assertThat(WindowSize.fit(preferences, LAPTOP)).isEqualTo(new WindowSize(1366, 768));
    }

    @Test
    void aTinyKeptSizeGrowsToTheSmallestUsableOne() {
        UiPreferences preferences = new MemoryUiPreferences();
        preferences.putDouble("window.width", 300);
        preferences.putDouble("window.height", 200);
        assertThat(WindowSize.fit(preferences, LAPTOP)).isEqualTo(new WindowSize(WindowSize.MIN_WIDTH, WindowSize.MIN_HEIGHT));
    }

    @Test
    void aKeptSizeThatFitsIsKept() {
        UiPreferences preferences = new MemoryUiPreferences();
        preferences.putDouble("window.width", 1100);
        preferences.putDouble("window.height", 700);
        assertThat(WindowSize.fit(preferences, LAPTOP)).isEqualTo(new WindowSize(1100, 700));
    }
}
