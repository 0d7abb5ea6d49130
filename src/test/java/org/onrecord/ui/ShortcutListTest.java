package org.onrecord.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.onrecord.ui.keys.Shortcut;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Help › Keyboard shortcuts lists every key the window binds, and binds every key it lists. */
class ShortcutListTest extends WindowTest {
    /** Bound by the window's key filter only (no menu item shows them). */
    private static final Set<Shortcut> FILTER_ONLY = Set.of(Shortcut.REDO_Y);

    private List<KeyCombination> menuAccelerators(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<KeyCombination> found = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, found));
        return found;
    }

    private static void collect(MenuItem item, List<KeyCombination> found) {
        if (item.getAccelerator() != null) {
            found.add(item.getAccelerator());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, found));
        }
    }

    @Test
    void everyMenuAcceleratorIsARowOfTheTableAndOfTheHelpPage(FxRobot robot) {
        List<KeyCombination> bound = menuAccelerators(robot);
        List<KeyCombination> listed = Arrays.stream(Shortcut.values()).map(Shortcut::combination).filter(Objects::nonNull).toList();
        assertThat(bound).isNotEmpty().doesNotHaveDuplicates();
        assertThat(listed).containsAll(bound);
        for (KeyCombination key : bound) {
            Shortcut row = Arrays.stream(Shortcut.values()).filter(s -> key.equals(s.combination())).findFirst().orElseThrow();
            assertThat(Shortcut.helpText()).contains(row.keys() + "  —  " + row.meaning());
        }
    }

    @Test
    void everyCombinationInTheTableIsBound(FxRobot robot) {
        List<KeyCombination> bound = menuAccelerators(robot);
        Arrays.stream(Shortcut.values()).filter(s -> s.combination() != null && !FILTER_ONLY.contains(s))
                .forEach(s -> assertThat(bound).as(s.name()).contains(s.combination()));
    }

    @Test
    void f1ShowsEveryShortcutIncludingTheEditorsAndTheReviewKeys(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Label page = WorkbenchFixture.waitForLookup(robot, "#helpPage");
        String text = page.getText();
        for (Shortcut s : Shortcut.values()) {
            assertThat(text).as(s.name()).contains(s.keys() + "  —  " + s.meaning());
        }
        assertThat(text).contains("Alt+1…9", "Shift+Enter", "Ctrl+M", "Ctrl+Shift+N", "Ctrl+Enter", "Ctrl+Shift+Delete", "Q / E / T")
                .doesNotContain("--");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
