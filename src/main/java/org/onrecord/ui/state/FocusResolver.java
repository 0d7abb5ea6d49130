package org.onrecord.ui.state;

import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * The synchronization matrix in one place: from a focus and the article on screen, what each pane
 * marks. Pure, so the whole matrix is tested without a toolkit.
 */
public final class FocusResolver {

    public FocusContext resolve(CaseSnapshot c, Focus focus, Long currentArticle) {
        if (focus == null) {
            return FocusContext.NONE;
        }
        return switch (focus) {
            case Focus.OnEntity f -> entity(c, f.entityId(), currentArticle);
            case Focus.OnStatement f -> statement(c, f.statementId());
            case Focus.OnEvent f -> event(c, f.eventId());
            case Focus.OnSpan f -> span(c, f);
            case Focus.OnDates f -> dates(c, f.from(), f.to());
        };
    }

    /** Its mentions (in the article on screen if it has any, else the first article that does), statements by or about it, their events. */
    private FocusContext entity(CaseSnapshot c, long entityId, Long currentArticle) {
        if (c.entity(entityId).isEmpty()) {
            return FocusContext.NONE;
        }
        List<Mention> mentions = visible(c.mentionsOf(entityId));
        Long article = currentArticle;
        if (mentions.stream().noneMatch(m -> currentArticle != null && m.articleId() == currentArticle)) {
            article = mentions.stream().map(Mention::articleId).min(Comparator.naturalOrder()).orElse(currentArticle);
        }
        final Long shown = article;
        List<TextSpan> spans = mentions.stream().filter(m -> shown != null && m.articleId() == shown)
                .map(Mention::span).sorted(Comparator.comparingInt(TextSpan::start)).toList();
        // Mentions per article, so each statement is checked only against its own article's mentions.
        Map<Long, List<Mention>> byArticle = mentions.stream().collect(Collectors.groupingBy(Mention::articleId));
        Set<Long> statements = new LinkedHashSet<>();
        for (Statement s : c.statementsBy(entityId)) {
            if (s.state() != ReviewState.REJECTED) {
                statements.add(s.id());
            }
        }
        for (var inArticle : byArticle.entrySet()) {
            for (Statement s : c.statementsIn(inArticle.getKey())) {
                if (s.state() != ReviewState.REJECTED && inArticle.getValue().stream().anyMatch(m -> covers(s, m))) {
                    statements.add(s.id());
                }
            }
        }
        Set<Long> events = eventsWithin(c, statements);
        events.addAll(c.eventsLinkedToEntity(entityId));
        for (var inArticle : byArticle.entrySet()) {
            for (Event e : c.eventsIn(inArticle.getKey())) {
                if (inArticle.getValue().stream().anyMatch(m -> m.span().overlaps(e.span().start(), e.span().end()))) {
                    events.add(e.id());
                }
            }
        }
        return new FocusContext(article, spans, entityId, Set.of(entityId), null, Set.copyOf(statements), null,
                Set.copyOf(events), null, null);
    }

    /** Its article and words; its speaker; its date on the timeline; the events inside it. */
    private FocusContext statement(CaseSnapshot c, long statementId) {
        return c.statement(statementId).map(s -> {
            Set<Long> entities = s.speakerEntityId() == null ? Set.of() : Set.of(s.speakerEntityId());
            Set<Long> events = eventsWithin(c, Set.of(s.id()));
            events.addAll(c.eventsLinkedToStatement(s.id()));
            return new FocusContext(s.articleId(), List.of(s.span()), s.speakerEntityId(), entities, s.id(), Set.of(s.id()),
                    null, Set.copyOf(events), s.dateSaid(), s.dateSaid());
        }).orElse(FocusContext.NONE);
    }

    /** The expression it came from; the statements said within its dates. */
    private FocusContext event(CaseSnapshot c, long eventId) {
        return c.event(eventId).map(e -> {
            Set<Long> statements = statementsSaidBetween(c, e.date().from(), e.date().to());
            c.statementsIn(e.articleId()).stream().filter(s -> s.span().overlaps(e.span().start(), e.span().end()))
                    .forEach(s -> statements.add(s.id()));
            var links = c.linksOf(e.id());
            statements.addAll(links.statementIds());
            return new FocusContext(e.articleId(), List.of(e.span()), null, links.entityIds(), null, Set.copyOf(statements), e.id(),
                    Set.of(e.id()), e.date().from(), e.date().to());
        }).orElse(FocusContext.NONE);
    }

    /** Whatever covers the selected words. */
    private FocusContext span(CaseSnapshot c, Focus.OnSpan f) {
        Set<Long> entities = new LinkedHashSet<>();
        for (Mention m : visible(c.mentionsIn(f.articleId()))) {
            if (covers(m.span(), f)) {
                entities.add(m.entityId());
            }
        }
        Set<Long> statements = new LinkedHashSet<>();
        c.statementsIn(f.articleId()).stream().filter(s -> s.state() != ReviewState.REJECTED && covers(s.span(), f))
                .forEach(s -> statements.add(s.id()));
        Set<Long> events = new LinkedHashSet<>();
        c.eventsIn(f.articleId()).stream().filter(e -> e.state() != ReviewState.REJECTED && covers(e.span(), f))
                .forEach(e -> events.add(e.id()));
        TextSpan selection = new TextSpan(f.start(), f.end(), "");
        return new FocusContext(f.articleId(), List.of(selection), first(entities), Set.copyOf(entities), first(statements),
                Set.copyOf(statements), first(events), Set.copyOf(events), null, null);
    }

    private FocusContext dates(CaseSnapshot c, LocalDate from, LocalDate to) {
        Set<Long> events = new LinkedHashSet<>();
        for (Event e : c.events()) {
            if (e.date().from() != null && e.date().to() != null && !e.date().to().isBefore(from) && !e.date().from().isAfter(to)) {
                events.add(e.id());
            }
        }
        return new FocusContext(null, List.of(), null, Set.of(), null, Set.copyOf(statementsSaidBetween(c, from, to)), null,
                Set.copyOf(events), from, to);
    }

    private static boolean covers(Statement s, Mention m) {
        return s.span().overlaps(m.span().start(), m.span().end())
                || (s.speakerSpan() != null && s.speakerSpan().overlaps(m.span().start(), m.span().end()));
    }

    private static boolean covers(TextSpan span, Focus.OnSpan f) {
        if (f.start() == f.end()) {
            return span.start() <= f.start() && f.start() < span.end();
        }
        return span.overlaps(f.start(), f.end());
    }

    private static Set<Long> eventsWithin(CaseSnapshot c, Set<Long> statementIds) {
        Set<Long> events = new LinkedHashSet<>();
        Map<Long, List<Event>> byArticle = new HashMap<>();
        for (long id : statementIds) {
            Statement s = c.statementById().get(id);
            if (s == null) {
                continue;
            }
            for (Event e : byArticle.computeIfAbsent(s.articleId(), c::eventsIn)) {
                if (s.span().overlaps(e.span().start(), e.span().end())) {
                    events.add(e.id());
                }
            }
        }
        return events;
    }

    private static Set<Long> statementsSaidBetween(CaseSnapshot c, LocalDate from, LocalDate to) {
        Set<Long> statements = new LinkedHashSet<>();
        if (from == null || to == null) {
            return statements;
        }
        c.statementsSaidBetween(from, to).forEach(s -> statements.add(s.id()));
        return statements;
    }

    private static List<Mention> visible(List<Mention> mentions) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.state() != ReviewState.REJECTED) {
                result.add(m);
            }
        }
        return result;
    }

    private static Long first(Set<Long> ids) {
        return ids.isEmpty() ? null : ids.iterator().next();
    }
}
