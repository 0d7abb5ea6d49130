package org.onrecord.ui.timeline;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.model.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns items into layout entries for a lane mode. Article lanes are ordered by publication date
 * (the order the story was told); entity lanes by name, with one extra lane for events that name
 * nobody. An event near two entities appears in both lanes: that is the point of entity lanes.
 */
final class TimelineLanes {
    /** A mention this close to an event's words (in characters, about a sentence) puts the event in its entity's lane. */
    static final int NEARBY_CHARS = 200;
    static final String NO_ENTITY_KEY = "entity:none";
    static final String NO_ENTITY_LABEL = "(no entity named)";

    static String articleKey(long articleId) {
        return "article:" + articleId;
    }

    List<TimelineLayout.Entry> entries(List<TimelineItem> items, LaneMode mode) {
        return mode == LaneMode.ARTICLE ? byArticle(items) : byEntity(items);
    }

    private List<TimelineLayout.Entry> byArticle(List<TimelineItem> items) {
        List<TimelineItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((TimelineItem i) -> published(i.article()))
                .thenComparingLong(i -> i.event().articleId()));
        return sorted.stream().map(i -> new TimelineLayout.Entry(i.eventId(), articleKey(i.event().articleId()),
                i.articleTitle(), i.label(), i.date())).toList();
    }

    private List<TimelineLayout.Entry> byEntity(List<TimelineItem> items) {
        record Keyed(String sortName, TimelineLayout.Entry entry) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (TimelineItem i : items) {
            if (i.entities().isEmpty()) {
                keyed.add(new Keyed("\uffff", new TimelineLayout.Entry(i.eventId(), NO_ENTITY_KEY, NO_ENTITY_LABEL, i.label(), i.date())));
            }
            for (Entity e : i.entities()) {
                keyed.add(new Keyed(e.name(), new TimelineLayout.Entry(i.eventId(), "entity:" + e.id(), e.name(), i.label(), i.date())));
            }
        }
        keyed.sort(Comparator.comparing(Keyed::sortName, String.CASE_INSENSITIVE_ORDER).thenComparing(k -> k.entry().laneKey()));
        return keyed.stream().map(Keyed::entry).toList();
    }

    /** The entities named within {@link #NEARBY_CHARS} of the event, by name. */
    static List<Entity> entitiesNear(CaseSnapshot snapshot, Event event) {
        return snapshot.mentionsIn(event.articleId()).stream()
                .filter(m -> m.state() != ReviewState.REJECTED && distance(m, event) <= NEARBY_CHARS)
                .map(m -> snapshot.entity(m.entityId()))
                .flatMap(Optional::stream)
                .filter(e -> e.state() != ReviewState.REJECTED)
                .distinct()
                .sorted(Comparator.comparing(Entity::name))
                .toList();
    }

    private static int distance(Mention m, Event e) {
        return Math.max(0, Math.max(m.span().start() - e.span().end(), e.span().start() - m.span().end()));
    }

    private static LocalDate published(ArticleSummary article) {
        PublicationDate date = article == null ? null : article.published();
        return date == null ? LocalDate.MAX : date.date();
    }
}
