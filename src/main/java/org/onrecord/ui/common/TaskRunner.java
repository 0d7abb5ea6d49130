package org.onrecord.ui.common;

import javafx.application.Platform;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result back on it. The FX implementation uses the one
 * app-wide executor; tests use {@link ImmediateTaskRunner}, which runs everything at once.
 */
public interface TaskRunner {
    <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work too short to show in the status area (loading one article). */
    default <T> TaskHandle runQuietly(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(null, work, onSuccess, onFailure);
    }

    /** Runs {@code step} on the FX thread, later (from a worker, after an edit); the immediate runner runs it at once. */
    default void later(Runnable step) {
        Platform.runLater(step);
    }
}
