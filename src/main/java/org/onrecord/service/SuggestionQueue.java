package org.onrecord.service;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.report.Paragraphs;
import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unreviewed suggestions of a case in reading order: article by article (in the order the
 * article list shows them), then by where their words start; at the same place the longer item
 * comes first, so a statement is met before the names inside it. Every kind of suggestion goes
 * through here, so the review, its count and the bulk actions agree on what is left to review.
 */
public final class SuggestionQueue {
    private SuggestionQueue() {
    }

    /** A suggestion nobody has accepted or rejected yet. */
    public static boolean unreviewed(Origin origin, ReviewState state) {
        return origin == Origin.SUGGESTED && state == ReviewState.SUGGESTED;
    }

    /** How many suggestions are left to review in {@code snapshot} (the status bar's count). */
    public static int count(CaseSnapshot snapshot) {
        int n = 0;
        for (Mention m : snapshot.mentions()) {
            n += unreviewed(m.origin(), m.state()) ? 1 : 0;
        }
        for (Event e : snapshot.events()) {
            n += unreviewed(e.origin(), e.state()) ? 1 : 0;
        }
        for (Statement s : snapshot.statements()) {
            n += unreviewed(s.origin(), s.state()) ? 1 : 0;
        }
        return n;
    }

    /**
     * The count after {@code delta} was applied to {@code before} (whose count was {@code count}):
     * only the rows the edit touched are looked at, not the 50,000 statements of a large case on
     * every edit. An edit of mentions (whose old rows the snapshot has no index for) is counted whole.
     */
    public static int countAfter(int count, CaseSnapshot before, CaseDelta delta, CaseSnapshot after) {
        if (delta.mentionsChanged()) {
            return count(after);
        }
        int n = count;
        for (Map.Entry<Long, Statement> changed : delta.statements().entrySet()) {
            n -= before.statement(changed.getKey()).filter(s -> unreviewed(s.origin(), s.state())).isPresent() ? 1 : 0;
            n += unreviewed(changed.getValue().origin(), changed.getValue().state()) ? 1 : 0;
        }
        for (long id : delta.removedStatements()) {
            n -= before.statement(id).filter(s -> unreviewed(s.origin(), s.state())).isPresent() ? 1 : 0;
        }
        for (Map.Entry<Long, Event> changed : delta.events().entrySet()) {
            n -= before.event(changed.getKey()).filter(e -> unreviewed(e.origin(), e.state())).isPresent() ? 1 : 0;
            n += unreviewed(changed.getValue().origin(), changed.getValue().state()) ? 1 : 0;
        }
        for (long id : delta.removedEvents()) {
            n -= before.event(id).filter(e -> unreviewed(e.origin(), e.state())).isPresent() ? 1 : 0;
        }
        return n;
    }

    /** Every unreviewed suggestion of the case with its stored evidence, in reading order. */
    public static List<Suggestion> read(CaseStore store) {
        Map<Long, Entity> entities = new HashMap<>();
        store.entities().all().forEach(e -> entities.put(e.id(), e));
        List<Suggestion> found = new ArrayList<>();
        for (Mention m : store.entities().mentions()) {
            if (unreviewed(m.origin(), m.state())) {
                Entity e = entities.get(m.entityId());
                String group = e == null ? "ENTITY" : e.type().name();
                String proposal = e == null ? m.span().text() : e.name() + " (" + e.type().name().toLowerCase(java.util.Locale.ROOT) + ")";
                found.add(new Suggestion(Suggestion.Kind.MENTION, m.id(), m.articleId(), 0, m.span(), m.entityId(), group, proposal,
                        store.entities().mentionEvidence(m.id()).orElse(null)));
            }
        }
        for (Event e : store.events().all()) {
            if (unreviewed(e.origin(), e.state())) {
                String proposal = e.date().value() + (e.description() == null || e.description().isBlank() ? "" : " — " + e.description());
                found.add(new Suggestion(Suggestion.Kind.EVENT, e.id(), e.articleId(), 0, e.span(), null, "EVENT", proposal,
                        store.events().evidence(e.id()).orElse(null)));
            }
        }
        for (Statement s : store.statements().all()) {
            if (unreviewed(s.origin(), s.state())) {
                String proposal = s.kind() + (s.speaker() == null || s.speaker().isBlank() ? "" : ", said by " + s.speaker());
                found.add(new Suggestion(Suggestion.Kind.STATEMENT, s.id(), s.articleId(), 0, s.span(), s.speakerEntityId(), "STATEMENT",
                        proposal, store.statements().evidence(s.id()).orElse(null)));
            }
        }
        return inReadingOrder(withParagraphs(store, found), store.articles().summaries().stream().map(ArticleSummary::id).toList());
    }

    /** The paragraph each suggestion stands in, reading each article's body once. */
    private static List<Suggestion> withParagraphs(CaseStore store, List<Suggestion> found) {
        Map<Long, Paragraphs> paragraphs = new HashMap<>();
        List<Suggestion> placed = new ArrayList<>(found.size());
        for (Suggestion s : found) {
            Paragraphs p = paragraphs.computeIfAbsent(s.articleId(), id -> Paragraphs.of(store.articles().find(id).map(a -> a.body()).orElse("")));
            placed.add(new Suggestion(s.kind(), s.id(), s.articleId(), p.numberAt(s.span().start()), s.span(), s.entityId(), s.group(),
                    s.proposal(), s.evidence()));
        }
        return placed;
    }

    /** Sorts by the article's place in {@code articleOrder}, then by start, longer first, then kind and id. */
    public static List<Suggestion> inReadingOrder(List<Suggestion> suggestions, List<Long> articleOrder) {
        Map<Long, Integer> place = new HashMap<>();
        for (int i = 0; i < articleOrder.size(); i++) {
            place.put(articleOrder.get(i), i);
        }
        List<Suggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.<Suggestion>comparingInt(s -> place.getOrDefault(s.articleId(), Integer.MAX_VALUE))
                .thenComparingLong(Suggestion::articleId)
                .thenComparingInt(s -> s.span().start())
                .thenComparing(Comparator.<Suggestion>comparingInt(s -> s.span().end()).reversed())
                .thenComparing(Suggestion::kind)
                .thenComparingLong(Suggestion::id));
        return List.copyOf(sorted);
    }
}
