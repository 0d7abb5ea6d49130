package org.onrecord.ui.source;

import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.service.CaseSnapshot;

import java.util.List;

/** The annotations of one article, as the planner needs them. */
public record ArticleAnnotations(List<Mention> mentions, List<Statement> statements, List<Event> events) {
    public static final ArticleAnnotations NONE = new ArticleAnnotations(List.of(), List.of(), List.of());

    public ArticleAnnotations {
        mentions = List.copyOf(mentions);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }

    /**
     * The article's rows through the snapshot's indexes (in the case's order, by place): a pass
     * over every statement and event of a 50,000-statement case was a third of showing an article.
     */
    public static ArticleAnnotations of(CaseSnapshot snapshot, long articleId) {
        return new ArticleAnnotations(snapshot.mentionsIn(articleId), snapshot.statementsIn(articleId),
                snapshot.eventsIn(articleId));
    }
}
