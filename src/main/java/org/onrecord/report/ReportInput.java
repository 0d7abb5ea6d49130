package org.onrecord.report;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;

import java.util.List;

/** The case as read from its store, before any filtering: what a report or an exchange export is made from. */
public record ReportInput(String caseName, List<Article> articles, List<Entity> entities, List<Mention> mentions,
                          List<Statement> statements, List<Event> events, List<StatementKind> kinds, List<Note> notes) {
    public ReportInput {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        kinds = List.copyOf(kinds);
        notes = List.copyOf(notes);
    }
}
