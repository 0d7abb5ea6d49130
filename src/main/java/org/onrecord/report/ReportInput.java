package org.onrecord.report;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;

import java.util.List;
import java.util.Map;

/**
 * The case as read from its store: what a report or an exchange export is made from. An article
 * may come without its body (an empty string) when nothing prints its text; {@code paragraphs} then
 * holds where its paragraphs are, for the citations.
 */
public record ReportInput(String caseName, List<Article> articles, List<Entity> entities, List<Mention> mentions,
                          List<Statement> statements, List<Event> events, List<StatementKind> kinds, List<Note> notes,
                          Map<Long, Paragraphs> paragraphs, Map<Long, OriginalCheck> originals) {
    public ReportInput(String caseName, List<Article> articles, List<Entity> entities, List<Mention> mentions,
                       List<Statement> statements, List<Event> events, List<StatementKind> kinds, List<Note> notes) {
        this(caseName, articles, entities, mentions, statements, events, kinds, notes, Map.of());
    }

    public ReportInput(String caseName, List<Article> articles, List<Entity> entities, List<Mention> mentions,
                       List<Statement> statements, List<Event> events, List<StatementKind> kinds, List<Note> notes,
                       Map<Long, Paragraphs> paragraphs) {
        this(caseName, articles, entities, mentions, statements, events, kinds, notes, paragraphs, Map.of());
    }

    public ReportInput {
        paragraphs = Map.copyOf(paragraphs);
        originals = Map.copyOf(originals);
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        kinds = List.copyOf(kinds);
        notes = List.copyOf(notes);
    }

    /** The same input with each article's original checked against its recorded SHA-256. */
    public ReportInput withOriginals(Map<Long, OriginalCheck> checked) {
        return new ReportInput(caseName, articles, entities, mentions, statements, events, kinds, notes, paragraphs, checked);
    }

    public OriginalCheck originalCheckOf(Article article) {
        return originals.getOrDefault(article.id(), OriginalCheck.NOT_CHECKED);
    }

    /** Where the article's paragraphs are: as read with the input, else from its body. */
    public Paragraphs paragraphsOf(Article article) {
        Paragraphs known = paragraphs.get(article.id());
        return known != null ? known : Paragraphs.of(article.body());
    }
}
