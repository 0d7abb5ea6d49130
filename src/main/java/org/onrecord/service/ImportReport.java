package org.onrecord.service;

import java.util.List;

/** Per-file outcomes of one import run, in the order the files were found. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean anyFailed() {
        return count(ImportOutcome.Status.FAILED) > 0;
    }

    public String summary() {
        return count(ImportOutcome.Status.IMPORTED) + " imported, " + count(ImportOutcome.Status.SKIPPED)
                + " already present, " + count(ImportOutcome.Status.FAILED) + " failed" + (cancelled ? " (cancelled)" : "");
    }
}
