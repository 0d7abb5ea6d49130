package org.onrecord.service;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;
import org.onrecord.model.StatementKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onrecord.model.EventLinks;

/**
 * Everything the panes show of a case except article bodies (loaded one at a time): an immutable
 * snapshot read in the background, indexed by id for the focus logic.
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
