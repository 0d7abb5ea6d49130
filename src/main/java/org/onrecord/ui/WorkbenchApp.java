package org.onrecord.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.onrecord.app.AppServices;
import org.onrecord.ui.common.FxTaskRunner;
import org.onrecord.ui.common.JavaUiPreferences;

import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** The JavaFX application: wires the window to the services and opens the case it was given. */
public final class WorkbenchApp extends Application {
    private static String initialCase;
    private AppServices services;
    private MainWindow window;

    public static void launchWindow(String caseFile) {
        initialCase = caseFile;
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        services = new AppServices();
        FxTaskRunner tasks = new FxTaskRunner(services.workers());
        Path dataDirectory = AppServices.dataDirectory();
        window = new MainWindow(stage, services, tasks, new JavaUiPreferences(), dataDirectory);
        stage.setScene(window.scene());
        stage.setOnCloseRequest(e -> window.rememberLayout());
        if (Boolean.getBoolean("onrecord.timing") || Boolean.getBoolean("onrecord.exitAfterFirstFrame")) {
            reportFirstFrame(stage);
        }
        stage.show();
        // macOS: a case double-clicked in Finder, at launch (Glass hands that one over as the handler is set) or later
        DesktopOpenFiles desktop = new DesktopOpenFiles(window.actions()::open, window.status()::say);
        MacOpenFilesEvent.installOnMac(desktop::open);
        if (initialCase != null) {
            window.actions().open(Path.of(initialCase));
        } else if (!desktop.received()) {
            window.reopenLastCase();
        }
    }

    /**
     * Prints the time from JVM start to the first rendered frame (for the start-up benchmark, with
     * {@code onrecord.timing}) and closes the window there (with {@code onrecord.exitAfterFirstFrame}, also alone:
     * the AOT training run and the class-load traces of docs/installing.md use it without the timing).
     */
    private static void reportFirstFrame(Stage stage) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                if (Boolean.getBoolean("onrecord.timing")) {
                    System.out.println("first frame: " + (System.currentTimeMillis() - jvmStart) + " ms after JVM start");
                }
                if (Boolean.getBoolean("onrecord.exitAfterFirstFrame")) {
                    Platform.exit();
                }
            }
        };
        stage.setOnShown(e -> timer.start());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.actions().close();
        }
        if (services != null) {
            services.close();
        }
    }
}
