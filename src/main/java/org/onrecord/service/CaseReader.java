package org.onrecord.service;

import org.onrecord.dates.SaidOn;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Statement;
import org.onrecord.service.edit.RowChange;
import org.onrecord.store.CaseStore;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/** Reads what the window shows; every call may run on a worker thread. */
public final class CaseReader {
    public CaseSnapshot snapshot(CaseStore store) {
        CaseSnapshot snapshot = snapshotBeforeSaidOn(store);
        return snapshot.withAssumedSaidOn(assumedSaidOn(store, snapshot));
    }

    /**
     * The whole case as {@link #snapshot} reads it, except which "said on" days are only assumed
     * (none marked yet). That part reads bodies and runs the date finder over each statement's
     * sentence, about 95 % of reading a large case, so the window shows this first and asks
     * {@link #assumedSaidOn(CaseStore, CaseSnapshot)} next.
     */
    public CaseSnapshot snapshotBeforeSaidOn(CaseStore store) {
        return CaseSnapshot.of(store.articles().summaries(), store.entities().all(), store.entities().mentions(),
                store.statements().all(), store.events().all(), store.statements().kinds(), store.events().allLinks())
                .withConfidences(store.statements().confidences());
    }

    /** The statements of {@code snapshot} whose "said on" day is only the publication day (SaidOn). */
    public Set<Long> assumedSaidOn(CaseStore store, CaseSnapshot snapshot) {
        return assumedSaidOn(store, snapshot.statements(), snapshot::article);
    }

    /**
     * The statements whose "said on" day is only the publication day (SaidOn). Only the articles
     * holding a statement said on their publication day are read, so the other bodies stay unread.
     */
    private static Set<Long> assumedSaidOn(CaseStore store, Collection<Statement> statements,
                                           LongFunction<Optional<ArticleSummary>> summaries) {
        Set<Long> assumed = new HashSet<>();
        Map<Long, Optional<Article>> bodies = new HashMap<>();
        for (Statement s : statements) {
            var published = summaries.apply(s.articleId()).map(ArticleSummary::published).orElse(null);
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

    /** What {@code rows} changed, with the summaries of the articles they touch read again (one by one). */
    public CaseDelta delta(CaseStore store, List<RowChange<?>> rows) {
        CaseDelta delta = CaseDelta.of(rows, id -> store.articles().summary(id));
        return delta.statementsChanged()
                ? delta.withAssumedSaidOn(assumedSaidOn(store, delta.statements().values(), id -> store.articles().summary(id)))
                : delta;
    }

    public Optional<Article> article(CaseStore store, long id) {
        return store.articles().find(id);
    }
}
