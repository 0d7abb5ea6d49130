package org.onrecord.service;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;
import org.onrecord.model.StatementKind;

import org.onrecord.model.EventLinks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the panes show of a case except article bodies (loaded one at a time): an immutable
 * snapshot read in the background, indexed by id for the focus logic. Two snapshots are equal
 * only when they are the same object: comparing every row would cost as much as reading them, and
 * a new snapshot always means "the case was read or changed".
 */
public record CaseSnapshot(List<ArticleSummary> articles, List<Entity> entities, List<Mention> mentions,
                           List<Statement> statements, List<Event> events, List<StatementKind> kinds,
                           Map<Long, ArticleSummary> articleById, Map<Long, Entity> entityById,
                           Map<Long, Statement> statementById, Map<Long, Event> eventById,
                           Map<Long, List<Mention>> mentionsByEntity, Map<Long, List<Mention>> mentionsByArticle,
                           Map<Long, EventLinks> eventLinks, Set<Long> assumedSaidOn,
                           Map<Long, StatementConfidence> statementConfidences) {

    public static final CaseSnapshot EMPTY = of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public static CaseSnapshot of(List<ArticleSummary> articles, List<Entity> entities, List<Mention> mentions,
                                  List<Statement> statements, List<Event> events, List<StatementKind> kinds) {
        return of(articles, entities, mentions, statements, events, kinds, Map.of());
    }

    public static CaseSnapshot of(List<ArticleSummary> articles, List<Entity> entities, List<Mention> mentions,
                                  List<Statement> statements, List<Event> events, List<StatementKind> kinds,
                                  Map<Long, EventLinks> eventLinks) {
        return new CaseSnapshot(List.copyOf(articles), List.copyOf(entities), List.copyOf(mentions), List.copyOf(statements),
                List.copyOf(events), List.copyOf(kinds), index(articles, ArticleSummary::id), index(entities, Entity::id),
                index(statements, Statement::id), index(events, Event::id),
                mentions.stream().collect(Collectors.groupingBy(Mention::entityId)),
                mentions.stream().collect(Collectors.groupingBy(Mention::articleId)), Map.copyOf(eventLinks), Set.of(), Map.of());
    }

    /** The same snapshot knowing which statements' "said on" day is only assumed (SaidOn: needs the bodies, read by CaseReader). */
    public CaseSnapshot withAssumedSaidOn(Set<Long> statementIds) {
        return new CaseSnapshot(articles, entities, mentions, statements, events, kinds, articleById, entityById, statementById,
                eventById, mentionsByEntity, mentionsByArticle, eventLinks, Set.copyOf(statementIds), statementConfidences);
    }

    /** Whether the statement's "said on" day is only the publication day, not named by its sentence. */
    public boolean saidOnAssumed(long statementId) {
        return assumedSaidOn.contains(statementId);
    }

    /**
     * This snapshot with an edit's rows applied: only the tables the edit touched are copied, the
     * others are shared; the lists keep the order the case is read in.
     */
    public CaseSnapshot with(CaseDelta delta) {
        List<ArticleSummary> newArticles = articles;
        Map<Long, ArticleSummary> newArticleById = articleById;
        if (delta.articlesChanged()) {
            Map<Long, ArticleSummary> byId = new HashMap<>(articleById);
            delta.articles().forEach((id, summary) -> {
                if (byId.containsKey(id)) {
                    byId.put(id, summary);
                }
            });
            newArticleById = Collections.unmodifiableMap(byId);
            newArticles = articles.stream().map(a -> byId.get(a.id())).toList();
        }
        Rows<Entity> e = Rows.of(entities, entityById, delta.entities(), delta.removedEntities(), Entity::id,
                Comparator.comparingLong(Entity::id));
        Rows<Statement> s = Rows.of(statements, statementById, delta.statements(), delta.removedStatements(), Statement::id,
                Comparator.comparingLong(Statement::articleId).thenComparingInt(x -> x.span().start()).thenComparingLong(Statement::id));
        Rows<Event> v = Rows.of(events, eventById, delta.events(), delta.removedEvents(), Event::id,
                Comparator.comparingLong(Event::articleId).thenComparingInt(x -> x.span().start()).thenComparingLong(Event::id));
        List<Mention> newMentions = mentions;
        Map<Long, List<Mention>> byEntity = mentionsByEntity;
        Map<Long, List<Mention>> byArticle = mentionsByArticle;
        if (delta.mentionsChanged()) {
            Set<Long> gone = new HashSet<>(delta.removedMentions());
            gone.addAll(delta.mentions().keySet());
            Set<Long> entityKeys = new HashSet<>();
            Set<Long> articleKeys = new HashSet<>();
            for (Mention m : mentions) {
                if (gone.contains(m.id())) {
                    entityKeys.add(m.entityId());
                    articleKeys.add(m.articleId());
                }
            }
            delta.mentions().values().forEach(m -> {
                entityKeys.add(m.entityId());
                articleKeys.add(m.articleId());
            });
            Comparator<Mention> order = Comparator.comparingLong(Mention::articleId).thenComparingInt((Mention x) -> x.span().start())
                    .thenComparingLong(Mention::id);
            newMentions = replaced(mentions, gone, delta.mentions().values(), order);
            byEntity = regrouped(mentionsByEntity, entityKeys, gone, delta.mentions().values(), Mention::entityId, order);
            byArticle = regrouped(mentionsByArticle, articleKeys, gone, delta.mentions().values(), Mention::articleId, order);
        }
        List<StatementKind> newKinds = kinds;
        if (delta.kindsChanged()) {
            List<StatementKind> k = new ArrayList<>();
            for (StatementKind kind : kinds) {
                if (!delta.removedKinds().contains(kind.code())) {
                    k.add(delta.kinds().getOrDefault(kind.code(), kind));
                }
            }
            delta.kinds().values().stream().filter(kind -> k.stream().noneMatch(x -> x.code().equals(kind.code()))).forEach(k::add);
            newKinds = List.copyOf(k);
        }
        Map<Long, EventLinks> newLinks = eventLinks;
        if (!delta.links().isEmpty() || !delta.removedEvents().isEmpty()) {
            Map<Long, EventLinks> l = new HashMap<>(eventLinks);
            delta.links().forEach((id, links) -> {
                if (links.isEmpty()) {
                    l.remove(id);
                } else {
                    l.put(id, links);
                }
            });
            delta.removedEvents().forEach(l::remove);
            newLinks = Collections.unmodifiableMap(l);
        }
        Set<Long> assumed = assumedSaidOn;
        if (delta.statementsChanged()) {
            Set<Long> a = new HashSet<>(assumedSaidOn);
            a.removeAll(delta.removedStatements());
            a.removeAll(delta.statements().keySet());
            a.addAll(delta.assumedSaidOn());
            assumed = Set.copyOf(a);
        }
        Map<Long, StatementConfidence> sure = statementConfidences;
        if (!delta.removedStatements().isEmpty()) {
            // an edit never changes how sure the rules were; a deleted statement takes its confidence along
            Map<Long, StatementConfidence> c = new HashMap<>(statementConfidences);
            delta.removedStatements().forEach(c::remove);
            sure = Collections.unmodifiableMap(c);
        }
        return new CaseSnapshot(newArticles, e.list(), newMentions, s.list(), v.list(), newKinds, newArticleById, e.byId(),
                s.byId(), v.byId(), byEntity, byArticle, newLinks, assumed, sure);
    }

    /** A table's list and index after an edit; the same objects when the edit did not touch it. */
    private record Rows<T>(List<T> list, Map<Long, T> byId) {
        static <T> Rows<T> of(List<T> list, Map<Long, T> byId, Map<Long, T> put, Set<Long> removed, Function<T, Long> id,
                              Comparator<T> order) {
            if (put.isEmpty() && removed.isEmpty()) {
                return new Rows<>(list, byId);
            }
            Set<Long> gone = new HashSet<>(removed);
            gone.addAll(put.keySet());
            Map<Long, T> index = new HashMap<>(byId);
            removed.forEach(index::remove);
            index.putAll(put);
            return new Rows<>(replaced(list, gone, put.values(), order), Collections.unmodifiableMap(index));
        }
    }

    /** {@code list} without the rows whose id is in {@code gone}, with {@code added}, in {@code order}. */
    private static <T> List<T> replaced(List<T> list, Set<Long> gone, Collection<T> added, Comparator<T> order) {
        List<T> result = new ArrayList<>(list.size() + added.size());
        for (T row : list) {
            if (!gone.contains(idOf(row))) {
                result.add(row);
            }
        }
        result.addAll(added);
        result.sort(order); // nearly sorted already: a linear merge
        return Collections.unmodifiableList(result);
    }

    private static Map<Long, List<Mention>> regrouped(Map<Long, List<Mention>> groups, Set<Long> keys, Set<Long> gone,
                                                      Collection<Mention> added, Function<Mention, Long> key,
                                                      Comparator<Mention> order) {
        Map<Long, List<Mention>> result = new HashMap<>(groups);
        for (long k : keys) {
            List<Mention> group = replaced(groups.getOrDefault(k, List.of()), gone,
                    added.stream().filter(m -> key.apply(m) == k).toList(), order);
            if (group.isEmpty()) {
                result.remove(k);
            } else {
                result.put(k, group);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static long idOf(Object row) {
        return switch (row) {
            case Statement s -> s.id();
            case Entity e -> e.id();
            case Event e -> e.id();
            case Mention m -> m.id();
            default -> throw new IllegalArgumentException("no id: " + row);
        };
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "CaseSnapshot[" + articles.size() + " articles, " + statements.size() + " statements, " + events.size() + " events]";
    }

    /** The same snapshot with how sure the rules were of each suggested statement. */
    public CaseSnapshot withConfidences(List<StatementConfidence> confidences) {
        return new CaseSnapshot(articles, entities, mentions, statements, events, kinds, articleById, entityById, statementById,
                eventById, mentionsByEntity, mentionsByArticle, eventLinks, assumedSaidOn,
                index(confidences, StatementConfidence::statementId));
    }

    /** How sure the rules were of a suggested statement; empty for what a researcher made. */
    public Optional<StatementConfidence> confidence(long statementId) {
        return Optional.ofNullable(statementConfidences.get(statementId));
    }

    private static <T> Map<Long, T> index(Collection<T> items, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>(items.size() * 2);
        items.forEach(item -> map.put(id.apply(item), item));
        return Map.copyOf(map);
    }

    public Optional<ArticleSummary> article(long id) {
        return Optional.ofNullable(articleById.get(id));
    }

    public Optional<Entity> entity(long id) {
        return Optional.ofNullable(entityById.get(id));
    }

    public Optional<Statement> statement(long id) {
        return Optional.ofNullable(statementById.get(id));
    }

    public Optional<Event> event(long id) {
        return Optional.ofNullable(eventById.get(id));
    }

    public List<Mention> mentionsOf(long entityId) {
        return mentionsByEntity.getOrDefault(entityId, List.of());
    }

    public List<Mention> mentionsIn(long articleId) {
        return mentionsByArticle.getOrDefault(articleId, List.of());
    }

    public EventLinks linksOf(long eventId) {
        return eventLinks.getOrDefault(eventId, EventLinks.none(eventId));
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
