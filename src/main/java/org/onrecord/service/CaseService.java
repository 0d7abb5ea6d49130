package org.onrecord.service;

import org.onrecord.store.CaseStore;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.file.Path;

/** Opens and creates case files; the only place that knows which storage implementation is used. */
public final class CaseService {
    public static final String EXTENSION = ".onrecord";

    public CaseStore open(Path file) {
        long started = System.nanoTime();
        CaseStore store = SqliteCaseStore.open(file);
        Timings.log("open case " + file.getFileName(), started);
        return store;
    }

    public CaseStore create(Path file) {
        return SqliteCaseStore.create(file);
    }

    public CaseStore openOrCreate(Path file) {
        return SqliteCaseStore.openOrCreate(file);
    }
}
