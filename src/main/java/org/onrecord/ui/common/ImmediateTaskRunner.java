package org.onrecord.ui.common;

import org.onrecord.progress.Progress;

import java.util.function.Consumer;

/** Runs work on the calling thread: for view-model tests without a toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Handle handle = new Handle(title);
        T result;
        try {
            result = work.run(handle);
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    private static final class Handle implements TaskHandle, Progress {
        private final String title;
        private volatile boolean cancelled;

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void update(long done, long total, String message) {
            // Nobody watches progress in a test.
        }
    }
}
