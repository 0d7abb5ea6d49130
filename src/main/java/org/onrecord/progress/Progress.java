package org.onrecord.progress;

/**
 * Where long work reports how far it got, and learns whether it should stop. Its own package
 * because importers, services, exporters and the window all pass it along: kept in {@code service},
 * it tied {@code report} and {@code service} into a cycle.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();
}
