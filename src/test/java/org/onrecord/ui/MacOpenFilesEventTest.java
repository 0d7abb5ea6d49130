package org.onrecord.ui;

import com.sun.glass.ui.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/**
 * The macOS open-file event as far as it can be done on Linux: the wrapper is set on JavaFX's own
 * Glass application (the headless one here, the Mac one there) and Glass's handler is called with
 * the files as the Mac's calls it. A case reaches the real window's "open this case", also while
 * another case is open; a file that is not a case gets one sentence; other events still reach
 * Glass's own handler. Whether Finder's event reaches Glass on a real Mac is untried.
 */
@ExtendWith(ApplicationExtension.class)
class MacOpenFilesEventTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();
    Application.EventHandler glassOwn;

    @Start
    void start(Stage stage) {
        fixture.start(stage, dir.resolve("data"));
    }

    @AfterEach
    void close(FxRobot robot) {
        if (glassOwn != null) {
            robot.interact(() -> Application.GetApplication().setEventHandler(glassOwn));
        }
        fixture.close();
    }

    /** What Glass does when macOS sends the event: calls the handler that is set, with the paths. */
    private void finderOpens(FxRobot robot, String... paths) {
        robot.interact(() -> Application.GetApplication().getEventHandler()
                .handleOpenFilesAction(Application.GetApplication(), System.nanoTime(), paths));
    }

    private void install(FxRobot robot) {
        AtomicReference<Boolean> installed = new AtomicReference<>();
        robot.interact(() -> {
            glassOwn = Application.GetApplication().getEventHandler();
            DesktopOpenFiles desktop = new DesktopOpenFiles(fixture.window.actions()::open, fixture.window.status()::say);
            installed.set(MacOpenFilesEvent.install(desktop::open));
        });
        assertThat(installed.get()).isTrue();
    }

    @Test
    void aCaseDoubleClickedWhileAnotherIsOpenReplacesItInTheWindow(FxRobot robot) throws Exception {
        Path first = fixture.openDemoCopy(dir, "first");
        install(robot);
        Path second = dir.resolve("second.onrecord");
        Files.copy(first, second);

        finderOpens(robot, second.toString());

        waitUntil(() -> fixture.window.actions().session() != null
                && fixture.window.actions().session().path().equals(second)
                && !fixture.window.state().snapshot().isEmpty());
        assertThat(fixture.window.status().message()).startsWith("Opened " + second);
    }

    @Test
    void aFileThatIsNotACaseIsNotOpenedAndTheWindowSaysSo(FxRobot robot) throws Exception {
        Path open = fixture.openDemoCopy(dir, "open");
        install(robot);
        Path page = Files.writeString(dir.resolve("page.html"), "<p>Said on Monday.</p>");

        finderOpens(robot, page.toString());

        assertThat(fixture.window.status().message())
                .isEqualTo("page.html is not an Onrecord case (a .onrecord file); to add it to the open case, use File › Import files….");
        assertThat(fixture.window.actions().session().path()).isEqualTo(open);
    }

    @Test
    void theCaseThatLaunchedTheAppIsHandedOverWhenTheHandlerIsSet(FxRobot robot) throws Exception {
        Path launched = dir.resolve("launched.onrecord");
        Files.copy(WorkbenchFixture.demoCase(fixture.services, Files.createTempDirectory(dir, "build")), launched);
        Application glass = Application.GetApplication();
        Field initialFiles = Application.class.getDeclaredField("initialOpenedFiles");
        Field activeYet = Application.class.getDeclaredField("initialActiveEventReceived");
        initialFiles.setAccessible(true);
        activeYet.setAccessible(true);
        boolean wasActive = activeYet.getBoolean(glass);
        Method notifyOpenFiles = Application.class.getDeclaredMethod("notifyOpenFiles", String[].class);
        notifyOpenFiles.setAccessible(true);
        try {
            // the event macOS sends while the app launches, before our handler exists: Glass keeps its files
            activeYet.setBoolean(glass, false);
            robot.interact(() -> {
                try {
                    notifyOpenFiles.invoke(glass, (Object) new String[] {launched.toString()});
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            });

            install(robot);

            waitUntil(() -> fixture.window.actions().session() != null
                    && fixture.window.actions().session().path().equals(launched)
                    && !fixture.window.state().snapshot().isEmpty());
        } finally {
            initialFiles.set(glass, null);
            activeYet.setBoolean(glass, wasActive);
        }
    }

    @Test
    void otherEventsStillReachGlasssOwnHandler() {
        List<String> reached = new ArrayList<>();
        Application.EventHandler recording = new Application.EventHandler() {
            @Override
            public void handleQuitAction(Application app, long time) {
                reached.add("quit");
            }

            @Override
            public void handleDidBecomeActiveAction(Application app, long time) {
                reached.add("active");
            }
        };
        List<List<String>> files = new ArrayList<>();
        MacOpenFilesEvent.Forwarding forwarding = new MacOpenFilesEvent.Forwarding(recording, files::add);

        forwarding.handleDidBecomeActiveAction(null, 0);
        forwarding.handleQuitAction(null, 0);
        forwarding.handleOpenFilesAction(null, 0, new String[] {"/Users/r/a.onrecord"});

        assertThat(reached).containsExactly("active", "quit");
        assertThat(files).containsExactly(List.of("/Users/r/a.onrecord"));
    }
}
