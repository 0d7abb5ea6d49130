package org.onrecord.service;

import org.onrecord.dates.SaidOn;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Statement;
import org.onrecord.store.CaseStore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads what the window shows; every call may run on a worker thread. */
public final class CaseReader {
    public CaseSnapshot snapshot(CaseStore store) {
        CaseSnapshot snapshot = CaseSnapshot.of(store.articles().summaries(), store.entities().all(), store.entities().mentions(),
                store.statements().all(), store.events().all(), store.statements().kinds(), store.events().allLinks());
        return snapshot.withAssumedSaidOn(assumedSaidOn(store, snapshot)).withConfidences(store.statements().confidences());
    }

    /**
     * The statements whose "said on" day is only the publication day (SaidOn). Only the articles
     * holding a statement said on their publication day are read, so the other bodies stay unread.
     */
    private static Set<Long> assumedSaidOn(CaseStore store, CaseSnapshot snapshot) {
        Set<Long> assumed = new HashSet<>();
        Map<Long, Optional<Article>> bodies = new HashMap<>();
        for (Statement s : snapshot.statements()) {
            var published = snapshot.article(s.articleId()).map(ArticleSummary::published).orElse(null);
            if (!SaidOn.isAssumed(s.dateSaid(), published, null, s.span())) {
                continue;
            }
            String body = bodies.computeIfAbsent(s.articleId(), id -> store.articles().find(id)).map(Article::body).orElse(null);
            if (SaidOn.isAssumed(s.dateSaid(), published, body, s.span())) {
                assumed.add(s.id());
            }
        }
        return assumed;
    }

    public Optional<Article> article(CaseStore store, long id) {
        return store.articles().find(id);
    }
}
