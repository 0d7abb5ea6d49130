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

    /** One pass over the case's statements and events: the snapshot indexes only mentions by article. */
    public static ArticleAnnotations of(CaseSnapshot snapshot, long articleId) {
        return new ArticleAnnotations(snapshot.mentionsIn(articleId),
                snapshot.statements().stream().filter(s -> s.articleId() == articleId).toList(),
                snapshot.events().stream().filter(e -> e.articleId() == articleId).toList());
    }
}
