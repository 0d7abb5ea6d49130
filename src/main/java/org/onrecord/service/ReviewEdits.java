package org.onrecord.service;

import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the reversible edits of the review: accepting or rejecting one suggestion, or many at once
 * as one edit. A mention carries its entity along: accepting a mention accepts the entity it names,
 * and rejecting the last mention left of a suggested entity rejects the entity, so it is never
 * proposed again and does not linger in the entity list with nothing to show.
 */
public final class ReviewEdits {

    /** Accepts or rejects one suggestion (or takes it back to review). */
    public RowEdit review(CaseStore store, Suggestion.Kind kind, long id, ReviewState verdict) {
        String words = switch (kind) {
            case MENTION -> mention(store, id).span().text();
            case EVENT -> Checks.event(store, id).span().text();
            case STATEMENT -> Checks.statement(store, id).span().text();
        };
        return build(store, List.of(new Item(kind, id)), verdict, verb(verdict) + " “" + shorten(words) + "”");
    }

    /** Accepts or rejects every suggestion given, as one edit described by {@code description}. */
    public RowEdit reviewAll(CaseStore store, List<Suggestion> suggestions, ReviewState verdict, String description) {
        if (suggestions.isEmpty()) {
            throw new IllegalArgumentException("there is nothing left to review there");
        }
        return build(store, suggestions.stream().map(s -> new Item(s.kind(), s.id())).toList(), verdict, description);
    }

    /** The entity itself and every mention of it still to review: "every mention of this entity". */
    public RowEdit reviewEntity(CaseStore store, long entityId, ReviewState verdict) {
        Entity entity = Checks.entity(store, entityId);
        List<Mention> waiting = store.entities().mentionsOf(entityId).stream()
                .filter(m -> m.state() == ReviewState.SUGGESTED).toList();
        List<RowChange<?>> changes = new ArrayList<>();
        if (entity.state() != verdict) {
            changes.add(RowChange.changed(Table.ENTITY, entity, entity.withState(verdict)));
        }
        waiting.forEach(m -> changes.add(RowChange.changed(Table.MENTION, m, m.withState(verdict))));
        if (changes.isEmpty()) {
            throw new IllegalArgumentException(entity.name() + " is " + entity.state().code() + " already, and so are its mentions");
        }
        String count = waiting.size() == 1 ? "its 1 mention" : "its " + waiting.size() + " mentions";
        return new RowEdit(verb(verdict) + " " + entity.name() + " and " + count, changes);
    }

    private record Item(Suggestion.Kind kind, long id) {
    }

    private RowEdit build(CaseStore store, List<Item> items, ReviewState verdict, String description) {
        List<RowChange<?>> changes = new ArrayList<>();
        Map<Long, List<Mention>> reviewedMentions = new LinkedHashMap<>();
        for (Item item : items) {
            switch (item.kind()) {
                case MENTION -> {
                    Mention m = mention(store, item.id());
                    if (m.state() != verdict) {
                        changes.add(RowChange.changed(Table.MENTION, m, m.withState(verdict)));
                        reviewedMentions.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
                    }
                }
                case EVENT -> {
                    Event e = Checks.event(store, item.id());
                    if (e.state() != verdict) {
                        changes.add(RowChange.changed(Table.EVENT, e, e.withState(verdict)));
                    }
                }
                case STATEMENT -> {
                    Statement s = Checks.statement(store, item.id());
                    if (s.state() != verdict) {
                        changes.add(RowChange.changed(Table.STATEMENT, s, s.withState(verdict)));
                    }
                }
            }
        }
        for (var entry : reviewedMentions.entrySet()) {
            Entity entity = Checks.entity(store, entry.getKey());
            entityFollows(store, entity, entry.getValue(), verdict).ifPresent(changes::add);
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("already " + verdict.code());
        }
        return new RowEdit(description, changes);
    }

    /** The entity's own verdict when its mentions are reviewed, or empty when it stays as it is. */
    private static Optional<RowChange<?>> entityFollows(CaseStore store, Entity entity, List<Mention> reviewed,
                                                                   ReviewState verdict) {
        if (verdict == ReviewState.ACCEPTED && entity.state() != ReviewState.ACCEPTED) {
            return Optional.of(RowChange.changed(Table.ENTITY, entity, entity.withState(ReviewState.ACCEPTED)));
        }
        if (verdict == ReviewState.REJECTED && entity.state() == ReviewState.SUGGESTED) {
            Set<Long> going = new HashSet<>();
            reviewed.forEach(m -> going.add(m.id()));
            boolean anyLeft = store.entities().mentionsOf(entity.id()).stream()
                    .anyMatch(m -> m.state() != ReviewState.REJECTED && !going.contains(m.id()));
            if (!anyLeft) {
                return Optional.of(RowChange.changed(Table.ENTITY, entity, entity.withState(ReviewState.REJECTED)));
            }
        }
        return Optional.empty();
    }

    private static Mention mention(CaseStore store, long id) {
        return store.entities().findMention(id).orElseThrow(() -> new IllegalArgumentException("no mention with id " + id));
    }

    static String verb(ReviewState verdict) {
        return switch (verdict) {
            case ACCEPTED -> "Accept";
            case REJECTED -> "Reject";
            case SUGGESTED -> "Take back to review";
        };
    }

    private static String shorten(String words) {
        String w = words.strip().replaceAll("\\s+", " ");
        return w.length() <= 60 ? w : w.substring(0, 57) + "…";
    }
}
