package org.onrecord.ui.common;

import org.onrecord.progress.Progress;

/** Work for a background thread; it reports through {@code progress} and stops when that says so. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
