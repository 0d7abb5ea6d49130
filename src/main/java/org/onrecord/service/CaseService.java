package org.onrecord.service;

import org.onrecord.store.CaseStore;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.file.Path;

/**
 * Opens and creates case files; the only place that knows which storage implementation is used.
 * The command line and the window open a case as an {@link OpenCase} (its store, its undo history
 * and the services bound to it); the bare store is for tools that write rows in bulk (benchmarks).
 */
public final class CaseService {
    public static final String EXTENSION = ".onrecord";

    private final Services services;

    public CaseService(Services services) {
        this.services = services;
    }

    public OpenCase openCase(Path file) {
        return new OpenCase(services, open(file));
    }

    public OpenCase createCase(Path file) {
        return new OpenCase(services, create(file));
    }

    public OpenCase openOrCreateCase(Path file) {
        return new OpenCase(services, openOrCreate(file));
    }

    public CaseStore open(Path file) {
        return SqliteCaseStore.open(file);
    }

    public CaseStore create(Path file) {
        return SqliteCaseStore.create(file);
    }

    public CaseStore openOrCreate(Path file) {
        return SqliteCaseStore.openOrCreate(file);
    }
}
