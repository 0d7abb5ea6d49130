package org.onrecord.ui.common;

/** A running background task, as the status area shows it. */
public interface TaskHandle {
    String title();

    void cancel();

    boolean isCancelled();
}
