package org.onrecord.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ReadOnlyMedium;
import org.onrecord.ui.statements.StatementRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/**
 * A case on a read-only medium opened in the real window: it shows, a banner says it is read-only
 * and why, every edit action is disabled, and a key that would edit says the same sentence — and
 * the folder is left exactly as it was.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyCaseWindowTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage, dir.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseOnAReadOnlyMediumOpensWithABannerAndNoEditAction(FxRobot robot) throws Exception {
        Path folder = dir.resolve("usb-stick");
        try (ReadOnlyMedium medium = ReadOnlyMedium.folder(folder)) {
            Path file = WorkbenchFixture.demoCase(fixture.services, folder);
            medium.lockFolder(folder);
            Map<String, Long> before = listing(folder);

            fixture.openAndWait(file);

            Label banner = robot.lookup("#readOnlyBanner").queryAs(Label.class);
            waitUntil(banner::isVisible);
            assertThat(banner.getText()).startsWith("Read-only: " + file).contains("Save a copy");
            assertThat(fixture.window.stage().getTitle()).endsWith("read-only");
            assertThat(fixture.window.status().message()).startsWith("Read-only: ");

            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (String edit : List.of("_Import files…", "Import _folder…", "_Delete the selected statement, event or entity",
                    "_Accept the selected suggestion", "Mark _statement  (Q)", "Add a _note on this article…",
                    "_Review suggestions  (A / R / E / N / P, Esc)")) {
                assertThat(item(bar, edit).isDisable()).as(edit).isTrue();
            }
            for (String read : List.of("Export _report (PDF)…", "Save a _copy…")) {
                assertThat(item(bar, read).isDisable()).as(read).isFalse();
            }
            TableView<StatementRow> table = robot.lookup("#statementTable").queryAs(TableView.class);
            assertThat(table.isEditable()).isFalse();
            int statements = table.getItems().size();
            assertThat(statements).isPositive();

            // As a person would: select words in the text, press Q — the editor stays shut, the status says why.
            StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
            waitUntil(() -> area.getText().length() > 40);
            robot.interact(() -> {
                area.selectRange(0, 20);
                area.requestFocus();
            });
            robot.type(KeyCode.Q);
            waitUntil(() -> fixture.window.status().message().startsWith("Read-only, nothing changed: " + file));
            assertThat(robot.lookup("#editorSpeaker").tryQuery()).isEmpty();

            // A statement chosen in the table, Del: nothing is deleted.
            robot.clickOn(robot.lookup("#statementTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
            robot.type(KeyCode.DELETE);
            waitUntil(() -> fixture.window.status().message().startsWith("Read-only, nothing changed"));
            assertThat(table.getItems()).hasSize(statements);

            fixture.close();
            assertThat(listing(folder)).as("nothing made or changed beside the case").isEqualTo(before);
        }
    }

    private static MenuItem item(MenuBar bar, String text) {
        return bar.getMenus().stream().flatMap(m -> all(m).stream()).filter(i -> text.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private static List<MenuItem> all(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu m ? Stream.concat(Stream.of(i), all(m).stream()) : Stream.of(i)).toList();
    }

    private static Map<String, Long> listing(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.toList()) {
                files.put(f.getFileName() + " " + Files.size(f), Files.getLastModifiedTime(f).toMillis());
            }
        }
        return files;
    }
}
