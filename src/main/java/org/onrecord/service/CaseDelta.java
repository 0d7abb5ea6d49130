package org.onrecord.service;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.Table;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What one edit (or its undo) changed in the rows a window shows: the rows as they are now, the
 * ids of the rows gone, and the article summaries whose counts or details moved (read again one
 * by one). {@link CaseSnapshot#with} applies it, so a window never re-reads the whole case after
 * its own edit. Applying a delta twice gives the same snapshot (rows are put and removed by id).
 */
public record CaseDelta(Map<Long, Statement> statements, Set<Long> removedStatements,
                        Map<Long, Entity> entities, Set<Long> removedEntities,
                        Map<Long, Mention> mentions, Set<Long> removedMentions,
                        Map<Long, Event> events, Set<Long> removedEvents,
                        Map<Long, EventLinks> links,
                        Map<String, StatementKind> kinds, Set<String> removedKinds,
                        Map<Long, ArticleSummary> articles, boolean notes, Set<Long> assumedSaidOn) {

    public CaseDelta {
        statements = Map.copyOf(statements);
        removedStatements = Set.copyOf(removedStatements);
        entities = Map.copyOf(entities);
        removedEntities = Set.copyOf(removedEntities);
        mentions = Map.copyOf(mentions);
        removedMentions = Set.copyOf(removedMentions);
        events = Map.copyOf(events);
        removedEvents = Set.copyOf(removedEvents);
        links = Map.copyOf(links);
        kinds = Map.copyOf(kinds);
        removedKinds = Set.copyOf(removedKinds);
        articles = Map.copyOf(articles);
        assumedSaidOn = Set.copyOf(assumedSaidOn);
    }

    /** The same delta knowing which of its statements' "said on" day is only assumed (SaidOn needs their bodies). */
    public CaseDelta withAssumedSaidOn(Set<Long> statementIds) {
        return new CaseDelta(statements, removedStatements, entities, removedEntities, mentions, removedMentions, events,
                removedEvents, links, kinds, removedKinds, articles, notes, statementIds);
    }

    /**
     * The delta of {@code rows} (in the order and direction they were written); {@code summary}
     * reads one article's summary again, for every article whose annotations or details changed.
     */
    public static CaseDelta of(List<RowChange<?>> rows, LongFunction<Optional<ArticleSummary>> summary) {
        Builder b = new Builder();
        Set<Long> touchedArticles = new HashSet<>();
        for (RowChange<?> row : rows) {
            b.add(row, touchedArticles);
        }
        Map<Long, ArticleSummary> articles = new HashMap<>();
        for (long id : touchedArticles) {
            summary.apply(id).ifPresent(s -> articles.put(id, s));
        }
        return new CaseDelta(b.statements, b.removedStatements, b.entities, b.removedEntities, b.mentions, b.removedMentions,
                b.events, b.removedEvents, b.links, b.kinds, b.removedKinds, articles, b.notes, Set.of());
    }

    public boolean statementsChanged() {
        return !statements.isEmpty() || !removedStatements.isEmpty();
    }

    public boolean entitiesChanged() {
        return !entities.isEmpty() || !removedEntities.isEmpty();
    }

    public boolean mentionsChanged() {
        return !mentions.isEmpty() || !removedMentions.isEmpty();
    }

    /** Events or their links. */
    public boolean eventsChanged() {
        return !events.isEmpty() || !removedEvents.isEmpty() || !links.isEmpty();
    }

    public boolean kindsChanged() {
        return !kinds.isEmpty() || !removedKinds.isEmpty();
    }

    public boolean articlesChanged() {
        return !articles.isEmpty();
    }

    /** Only notes changed: nothing a snapshot holds. */
    public boolean onlyNotes() {
        return !statementsChanged() && !entitiesChanged() && !mentionsChanged() && !eventsChanged() && !kindsChanged()
                && !articlesChanged();
    }

    private static final class Builder {
        final Map<Long, Statement> statements = new LinkedHashMap<>();
        final Set<Long> removedStatements = new HashSet<>();
        final Map<Long, Entity> entities = new LinkedHashMap<>();
        final Set<Long> removedEntities = new HashSet<>();
        final Map<Long, Mention> mentions = new LinkedHashMap<>();
        final Set<Long> removedMentions = new HashSet<>();
        final Map<Long, Event> events = new LinkedHashMap<>();
        final Set<Long> removedEvents = new HashSet<>();
        final Map<Long, EventLinks> links = new LinkedHashMap<>();
        final Map<String, StatementKind> kinds = new LinkedHashMap<>();
        final Set<String> removedKinds = new HashSet<>();
        boolean notes;

        void add(RowChange<?> row, Set<Long> articles) {
            Object before = row.before();
            Object after = row.after();
            Table<?> table = row.table();
            if (table == Table.STATEMENT) {
                put(statements, removedStatements, row.id(), (Statement) after);
                articleOf(before, after, articles);
            } else if (table == Table.ENTITY) {
                put(entities, removedEntities, row.id(), (Entity) after);
            } else if (table == Table.MENTION) {
                put(mentions, removedMentions, row.id(), (Mention) after);
                articleOf(before, after, articles);
            } else if (table == Table.EVENT) {
                put(events, removedEvents, row.id(), (Event) after);
                articleOf(before, after, articles);
            } else if (table == Table.EVENT_LINKS) {
                links.put(row.id(), after != null ? (EventLinks) after : EventLinks.none(row.id()));
            } else if (table == Table.KIND) {
                StatementKind kind = (StatementKind) (after != null ? after : before);
                put(kinds, removedKinds, kind.code(), (StatementKind) after);
            } else if (table == Table.BODY || table == Table.GIVEN_TEXT || table == Table.GIVEN_DATE) {
                articles.add(row.id());
            } else if (table == Table.NOTE) {
                notes = true;
            }
            // Refused names are not shown by any pane.
        }

        private static <K, T> void put(Map<K, T> rows, Set<K> removed, K id, T after) {
            if (after != null) {
                rows.put(id, after);
                removed.remove(id);
            } else {
                rows.remove(id);
                removed.add(id);
            }
        }

        private static void articleOf(Object before, Object after, Set<Long> articles) {
            for (Object row : new Object[] {before, after}) {
                switch (row) {
                    case Statement s -> articles.add(s.articleId());
                    case Mention m -> articles.add(m.articleId());
                    case Event e -> articles.add(e.articleId());
                    case null, default -> { }
                }
            }
        }
    }
}
