package org.onrecord.ui;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;
import org.onrecord.ui.common.FxTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A real workbench window on the headless platform, over a real case file. */
final class WorkbenchFixture {
    final AppServices services = new AppServices();
    final MemoryUiPreferences preferences = new MemoryUiPreferences();
    MainWindow window;

    WorkbenchFixture() {
        preferences.putDouble("window.width", 1000);
        preferences.putDouble("window.height", 980);
    }

    void start(Stage stage, Path dataDirectory) {
        window = new MainWindow(stage, services, new FxTaskRunner(services.workers()), preferences, dataDirectory);
        stage.setScene(window.scene());
        stage.show();
    }

    /** The window on a screen of these bounds (a laptop's), whatever screen the test platform has. */
    void start(Stage stage, Path dataDirectory, Rectangle2D screen) {
        window = new MainWindow(stage, services, new FxTaskRunner(services.workers()), preferences, dataDirectory);
        stage.setScene(window.scene(screen));
        stage.show();
    }

    static Path demoCase(AppServices services, Path dir) throws Exception {
        Path file = dir.resolve("demo.onrecord");
        try (CaseStore store = services.cases().create(file)) {
            services.demo().build(store, Progress.NONE);
        }
        return file;
    }

    /** Opens a fresh copy of the demo case, {@code dir/prefix-….onrecord}, and waits until the panes show it. */
    Path openDemoCopy(Path dir, String prefix) throws Exception {
        Path file = dir.resolve(prefix + "-" + System.nanoTime() + ".onrecord");
        Files.copy(demoCase(services, Files.createTempDirectory(dir, "build")), file);
        openAndWait(file);
        return file;
    }

    /** The source pane's text. */
    static StyleClassedTextArea sourceText(FxRobot robot) {
        return robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
    }

    /** Selects words in the article on screen as a mouse drag leaves them, the text keeping the keyboard. */
    void selectInSource(FxRobot robot, String words) {
        StyleClassedTextArea area = sourceText(robot);
        waitUntil(() -> area.getText().contains(words));
        int start = area.getText().indexOf(words);
        long article = window.state().article();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + words.length());
            window.state().focus(new Focus.OnSpan(article, start, start + words.length()), PaneId.SOURCE);
        });
    }

    void openAndWait(Path file) {
        Platform.runLater(() -> window.actions().open(file));
        waitUntil(() -> window.actions().session() != null && !window.state().snapshot().isEmpty());
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static <T extends javafx.scene.Node> T waitForLookup(org.testfx.api.FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return (T) robot.lookup(query).query();
    }

    void close() {
        Platform.runLater(() -> window.actions().close());
        WaitForAsyncUtils.waitForFxEvents();
        services.close();
    }
}
