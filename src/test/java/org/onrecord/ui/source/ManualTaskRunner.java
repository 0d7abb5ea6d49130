package org.onrecord.ui.source;

import org.onrecord.progress.Progress;
import org.onrecord.ui.common.BackgroundWork;
import org.onrecord.ui.common.TaskHandle;
import org.onrecord.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds work until the test finishes it, in any order: for results that arrive late. */
final class ManualTaskRunner implements TaskRunner {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> {
            try {
                onSuccess.accept(work.run(Progress.NONE));
            } catch (Exception e) {
                onFailure.accept(e);
            }
        });
        return new TaskHandle() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    int pendingCount() {
        return pending.size();
    }

    void finish(int index) {
        pending.set(index, () -> { }).run();
    }
}
