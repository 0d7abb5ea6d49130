package org.onrecord.service;

import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the bench's large case held in memory: {@code articles} articles, five statements,
 * one event and two mentions in each, an entity per five articles speaking and mentioned, one
 * event in ten linked to its statement and its entity. Ids: article a, statement 5a+k, event a, mention 2a+k.
 */
public final class LargeSnapshot {
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    public final List<ArticleSummary> articles = new ArrayList<>();
    public final List<Entity> entities = new ArrayList<>();
    public final List<Mention> mentions = new ArrayList<>();
    public final List<Statement> statements = new ArrayList<>();
    public final List<Event> events = new ArrayList<>();
    public final Map<Long, EventLinks> links = new HashMap<>();

    public LargeSnapshot(int count) {
        int entityCount = Math.max(1, count / 5);
        for (long e = 1; e <= entityCount; e++) {
            entities.add(new Entity(e, "Person " + e, EntityType.PERSON, List.of(), Origin.RESEARCHER, ReviewState.ACCEPTED));
        }
        for (long a = 1; a <= count; a++) {
            LocalDate day = FIRST_DAY.plusDays(a % 1000);
            long entity = 1 + a % entityCount;
            articles.add(new ArticleSummary(a, "a" + a + ".txt", "Article " + a, "Outlet", PublicationDate.day(day), 1, 5, 1));
            for (int k = 0; k < 5; k++) {
                statements.add(statement(5 * a + k, a, 100 * k, entity, day));
            }
            events.add(new Event(a, a, new TextSpan(110, 120, "that day"), DateValue.day(day), "Event " + a, false,
                    Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
            for (int k = 0; k < 2; k++) {
                mentions.add(new Mention(2 * a + k, entity, a, new TextSpan(100 * k + 5, 100 * k + 15, "Person"),
                        Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
            }
            if (a % 10 == 0) {
                links.put(a, new EventLinks(a, Set.of(entity), Set.of(5 * a)));
            }
        }
    }

    public static Statement statement(long id, long article, int start, Long speaker, LocalDate said) {
        return new Statement(id, article, new TextSpan(start, start + 50, "said words " + id), "Person", speaker, null, null,
                null, "claim", true, said, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    public CaseSnapshot snapshot() {
        return CaseSnapshot.of(articles, entities, mentions, statements, events, StatementKind.BUILT_IN, links);
    }
}
