package org.onrecord.service;

import org.onrecord.dates.SaidOn;
import org.onrecord.model.Article;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.SaidOnCheck;
import org.onrecord.model.Statement;
import org.onrecord.service.edit.RowChange;
import org.onrecord.store.CaseStore;
import org.onrecord.store.StoreException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/** Reads what the window shows; every call may run on a worker thread. */
public final class CaseReader {
    private final AtomicLong sentencesRead = new AtomicLong();

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
        // Two cores: statements and events are read on a second read connection meanwhile (each
        // table still read once). As on one connection before, each read is its own transaction: a
        // commit by another process between two reads moves the case's data version, and the window
        // reads the case again (SecondWriterTest).
        CompletableFuture<StatementsAndEvents> second = CompletableFuture.supplyAsync(
                () -> new StatementsAndEvents(store.statements().all(), store.events().all(), store.events().allLinks()));
        List<ArticleSummary> articles = store.articles().summaries();
        var entities = store.entities().all();
        var mentions = store.entities().mentions();
        var kinds = store.statements().kinds();
        var confidences = store.statements().confidences();
        StatementsAndEvents rest = joined(second);
        return CaseSnapshot.of(articles, entities, mentions, rest.statements(), rest.events(), kinds, rest.links())
                .withConfidences(confidences);
    }

    private record StatementsAndEvents(List<Statement> statements, List<Event> events, Map<Long, EventLinks> links) {
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The statements of {@code snapshot} whose "said on" day is only the publication day (SaidOn).
     * The answers kept in the case are read in one query and used while their inputs are unchanged;
     * the others are decided again and kept (unless the case is read-only).
     */
    public Set<Long> assumedSaidOn(CaseStore store, CaseSnapshot snapshot) {
        return assumedSaidOn(store, snapshot.statements(), snapshot::article, keptSaidOnChecks(store));
    }

    /**
     * The statements of {@code snapshot} whose "said on" day is only assumed, when the case keeps
     * an answer for every statement that needs one (every opening after the first): one query, no
     * body read. Empty when some answer is missing or stale; {@link #assumedSaidOn} then decides them.
     * On opening this lets the window show the marks with everything else, in one pass over the panes.
     */
    public Optional<Set<Long>> keptSaidOn(CaseStore store, CaseSnapshot snapshot) {
        Known known = known(snapshot.statements(), snapshot::article, keptSaidOnChecks(store));
        return known.unknownByArticle().isEmpty() ? Optional.of(known.assumed()) : Optional.empty();
    }

    private static Map<Long, SaidOnCheck> keptSaidOnChecks(CaseStore store) {
        Map<Long, SaidOnCheck> kept = new HashMap<>();
        for (SaidOnCheck check : store.statements().saidOnChecks()) {
            kept.put(check.statementId(), check);
        }
        return kept;
    }

    /** What the kept answers say: the statements assumed so far, and those (by article) no answer holds for. */
    private record Known(Set<Long> assumed, Map<Long, List<Statement>> unknownByArticle, Map<Long, PublicationDate> publishedOn) {
    }

    private static Known known(Collection<Statement> statements, LongFunction<Optional<ArticleSummary>> summaries,
                               Map<Long, SaidOnCheck> kept) {
        Set<Long> assumed = new HashSet<>();
        Map<Long, List<Statement>> unknownByArticle = new TreeMap<>();
        Map<Long, PublicationDate> publishedOn = new HashMap<>();
        for (Statement s : statements) {
            var published = summaries.apply(s.articleId()).map(ArticleSummary::published).orElse(null);
            if (!SaidOn.isAssumed(s.dateSaid(), published, null, s.span())) {
                continue; // said on another day than the publication day: never assumed, no sentence to read
            }
            SaidOnCheck check = kept.get(s.id());
            if (check != null && check.answersFor(s, published.date(), SaidOn.RULE)) {
                if (check.assumed()) {
                    assumed.add(s.id());
                }
                continue;
            }
            unknownByArticle.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s);
            publishedOn.put(s.articleId(), published);
        }
        return new Known(assumed, unknownByArticle, publishedOn);
    }

    /** How many statements' sentences the "said on" check has read so far (answers kept in the case need none). */
    public long saidOnSentencesRead() {
        return sentencesRead.get();
    }

    /**
     * The statements whose "said on" day is only the publication day (SaidOn). Only the articles
     * holding a statement said on their publication day with no kept answer are read, one body at a
     * time, so the other bodies stay unread.
     */
    private Set<Long> assumedSaidOn(CaseStore store, Collection<Statement> statements,
                                    LongFunction<Optional<ArticleSummary>> summaries, Map<Long, SaidOnCheck> kept) {
        Known known = known(statements, summaries, kept);
        Set<Long> assumed = known.assumed();
        Map<Long, List<Statement>> unknownByArticle = known.unknownByArticle();
        Map<Long, PublicationDate> publishedOn = known.publishedOn();
        if (unknownByArticle.isEmpty()) {
            return assumed;
        }
        List<SaidOnCheck> decided = new ArrayList<>();
        Set<Long> read = new HashSet<>();
        store.articles().forEachBody(unknownByArticle.keySet(), (articleId, body) -> {
            read.add(articleId);
            PublicationDate published = publishedOn.get(articleId);
            for (Statement s : unknownByArticle.get(articleId)) {
                boolean isAssumed = SaidOn.isAssumed(s.dateSaid(), published, body, s.span());
                sentencesRead.incrementAndGet();
                decided.add(SaidOnCheck.of(s, published.date(), isAssumed, SaidOn.RULE));
                if (isAssumed) {
                    assumed.add(s.id());
                }
            }
        });
        unknownByArticle.forEach((articleId, unread) -> {
            if (!read.contains(articleId)) { // no body to read: nothing names the day
                unread.forEach(s -> assumed.add(s.id()));
            }
        });
        keep(store, decided);
        return assumed;
    }

    /** Keeps the answers for the next opening; a case that is only read (read-only, or found damaged) keeps none. */
    private static void keep(CaseStore store, List<SaidOnCheck> decided) {
        if (decided.isEmpty() || store.isReadOnly()) {
            return;
        }
        try {
            store.statements().keepSaidOnChecks(decided);
        } catch (StoreException refused) {
            // the answers are right all the same; they are decided again next time
        }
    }

    /** What {@code rows} changed, with the summaries of the articles they touch read again (one by one). */
    public CaseDelta delta(CaseStore store, List<RowChange<?>> rows) {
        CaseDelta delta = CaseDelta.of(rows, id -> store.articles().summary(id));
        return delta.statementsChanged()
                ? delta.withAssumedSaidOn(assumedSaidOn(store, delta.statements().values(), id -> store.articles().summary(id), Map.of()))
                : delta;
    }

    public Optional<Article> article(CaseStore store, long id) {
        return store.articles().find(id);
    }
}
