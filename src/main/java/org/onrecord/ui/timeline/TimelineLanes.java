package org.onrecord.ui.timeline;

import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns items into layout entries for a lane mode. Article lanes are ordered by publication date
 * (the order the story was told); entity lanes by name, with one extra lane for events that name
 * nobody. An event near two entities appears in both lanes: that is the point of entity lanes.
 */
final class TimelineLanes {
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

    private static LocalDate published(ArticleSummary article) {
        PublicationDate date = article == null ? null : article.published();
        return date == null ? LocalDate.MAX : date.date();
    }
}
