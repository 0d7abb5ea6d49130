package org.onrecord.service;

import org.onrecord.model.Article;
import org.onrecord.store.CaseStore;

import java.util.Optional;

/** Reads what the window shows; every call may run on a worker thread. */
public final class CaseReader {
    public CaseSnapshot snapshot(CaseStore store) {
        return CaseSnapshot.of(store.articles().summaries(), store.entities().all(), store.entities().mentions(),
                store.statements().all(), store.events().all(), store.statements().kinds(), store.events().allLinks())
                .withConfidences(store.statements().confidences());
    }

    public Optional<Article> article(CaseStore store, long id) {
        return store.articles().find(id);
    }
}
