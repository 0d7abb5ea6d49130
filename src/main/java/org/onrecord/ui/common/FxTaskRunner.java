package org.onrecord.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onrecord.progress.Progress;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work on the app's executor and returns to the FX thread with the result. Titled tasks are
 * listed in {@link #running()} with their progress, for the status area's bar and cancel button.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());
    private final Executor executor;
    private final ObservableList<FxTask> running = FXCollections.observableArrayList();
    /** Every task not yet handed back, quiet ones included (loading an article): the window benchmark waits for none left. */
    private final AtomicInteger unfinished = new AtomicInteger();

    public FxTaskRunner(Executor executor) {
        this.executor = executor;
    }

    public ObservableList<FxTask> running() {
        return running;
    }

    /** Tasks started and not yet handed back to the FX thread, titled or quiet. */
    public int unfinished() {
        return unfinished.get();
    }

    @Override
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        FxTask task = new FxTask(title);
        if (title != null) {
            running.add(task);
        }
        unfinished.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.run(task);
                Platform.runLater(() -> {
                    running.remove(task);
                    try {
                        onSuccess.accept(result);
                    } finally {
                        unfinished.decrementAndGet();
                    }
                });
            } catch (Exception | Error e) {
                if (!task.isCancelled()) {
                    LOG.log(System.Logger.Level.ERROR, "background task '" + (title == null ? "(untitled)" : title) + "' failed", e);
                }
                Platform.runLater(() -> {
                    running.remove(task);
                    try {
                        onFailure.accept(task.isCancelled() ? new CancellationException(title + " cancelled") : e);
                    } finally {
                        unfinished.decrementAndGet();
                    }
                });
            }
        });
        return task;
    }

    /** One task as the status area shows it; progress updates are coalesced onto the FX thread. */
    public static final class FxTask implements TaskHandle, Progress {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private volatile boolean cancelled;
        private volatile boolean updatePending;
        private volatile double latestProgress = -1;
        private volatile String latestMessage = "";

        FxTask(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            cancelled = true;
            Platform.runLater(() -> message.set("Cancelling…"));
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void update(long done, long total, String text) {
            latestProgress = total <= 0 ? -1 : (double) done / total;
            latestMessage = total <= 0 ? text : done + " of " + total + (text == null ? "" : " — " + text);
            if (!updatePending) {
                updatePending = true;
                Platform.runLater(() -> {
                    updatePending = false;
                    progress.set(latestProgress);
                    message.set(latestMessage);
                });
            }
        }

        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }
    }
}
