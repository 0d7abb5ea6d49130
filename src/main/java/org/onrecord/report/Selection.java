package org.onrecord.report;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of a case the options select, for the exchange exports (CSV, REFI-QDA): the chosen
 * articles; their accepted (and, if asked, suggested) statements of the chosen kinds and speakers,
 * mentions and events; entities that still have a mention or a statement; notes on what is left.
 */
public record Selection(List<Article> articles, List<Statement> statements, List<Entity> entities, List<Mention> mentions,
                        List<Event> events, List<Note> notes, Map<Long, Entity> entityById, Map<Long, Article> articleById,
                        ReportInput input) {

    public static Selection of(ReportInput in, ReportOptions options) {
        Map<Long, Entity> allEntities = in.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
        List<Article> articles = in.articles().stream()
                .filter(a -> options.articleIds().isEmpty() || options.articleIds().contains(a.id())).toList();
        Set<Long> articleIds = articles.stream().map(Article::id).collect(Collectors.toSet());
        Set<String> kinds = options.kinds().stream().map(k -> k.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> speakers = options.speakers().stream().map(k -> k.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Statement> statements = in.statements().stream()
                .filter(s -> articleIds.contains(s.articleId()) && visible(s.state(), options))
                .filter(s -> kinds.isEmpty() || kinds.contains(s.kind().toLowerCase(Locale.ROOT)))
                .filter(s -> speakers.isEmpty()
                        || speakers.contains(ReportModelBuilder.speakerName(s, allEntities).toLowerCase(Locale.ROOT)))
                .toList();
        List<Mention> mentions = in.mentions().stream()
                .filter(m -> articleIds.contains(m.articleId()) && visible(m.state(), options)).toList();
        Set<Long> used = new HashSet<>();
        mentions.forEach(m -> used.add(m.entityId()));
        statements.forEach(s -> {
            if (s.speakerEntityId() != null) {
                used.add(s.speakerEntityId());
            }
        });
        List<Entity> entities = in.entities().stream().filter(e -> visible(e.state(), options) && used.contains(e.id())).toList();
        Set<Long> entityIds = entities.stream().map(Entity::id).collect(Collectors.toSet());
        mentions = mentions.stream().filter(m -> entityIds.contains(m.entityId())).toList();
        List<Event> events = in.events().stream().filter(e -> articleIds.contains(e.articleId()) && visible(e.state(), options)).toList();
        Set<Long> statementIds = statements.stream().map(Statement::id).collect(Collectors.toSet());
        Set<Long> eventIds = events.stream().map(Event::id).collect(Collectors.toSet());
        List<Note> notes = in.notes().stream().filter(n -> switch (n.target()) {
            case ARTICLE -> articleIds.contains(n.targetId());
            case STATEMENT -> statementIds.contains(n.targetId());
            case ENTITY -> entityIds.contains(n.targetId());
            case EVENT -> eventIds.contains(n.targetId());
        }).toList();
        Map<Long, Article> articleById = new HashMap<>();
        articles.forEach(a -> articleById.put(a.id(), a));
        return new Selection(articles, statements, entities, mentions, events, notes, allEntities, Map.copyOf(articleById), in);
    }

    private static boolean visible(ReviewState state, ReportOptions options) {
        return state == ReviewState.ACCEPTED || (options.includeSuggested() && state == ReviewState.SUGGESTED);
    }

    /** Where an article's paragraphs are (its body may not have been read). */
    public Paragraphs paragraphsOf(Article article) {
        return input.paragraphsOf(article);
    }

    public String speakerName(Statement s) {
        return ReportModelBuilder.speakerName(s, entityById);
    }
}
