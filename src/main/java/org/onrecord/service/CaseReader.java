package org.onrecord.service;

import org.onrecord.model.Article;
import org.onrecord.service.edit.RowChange;
import org.onrecord.store.CaseStore;

import java.util.List;
import java.util.Optional;

/** Reads what the window shows; every call may run on a worker thread. */
public final class CaseReader {
    public CaseSnapshot snapshot(CaseStore store) {
        return CaseSnapshot.of(store.articles().summaries(), store.entities().all(), store.entities().mentions(),
                store.statements().all(), store.events().all(), store.statements().kinds(), store.events().allLinks());
    }

    /** What {@code rows} changed, with the summaries of the articles they touch read again (one by one). */
    public CaseDelta delta(CaseStore store, List<RowChange<?>> rows) {
        return CaseDelta.of(rows, id -> store.articles().summary(id));
    }

    public Optional<Article> article(CaseStore store, long id) {
        return store.articles().find(id);
    }
}
