package org.onrecord.ui.timeline;

import org.onrecord.dates.DateLabels;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;

import java.util.List;

/**
 * One event as the timeline shows it: the event, its article, the words the date was read from,
 * and the entities named near it (for entity lanes).
 */
public record TimelineItem(Event event, ArticleSummary article, String text, String description, List<Entity> entities) {
    public TimelineItem {
        entities = List.copyOf(entities);
    }

    public long eventId() {
        return event.id();
    }

    public DateValue date() {
        return event.date();
    }

    public String articleTitle() {
        return article == null ? "Article " + event.articleId() : article.displayTitle();
    }

    /** What happened, else the words it was read from: a label must say something. */
    public String headline() {
        if (description != null && !description.isBlank()) {
            return description;
        }
        return text == null || text.isBlank() ? "Event " + event.id() : "“" + text + "”";
    }

    /** The label drawn next to the shape: honest date first, then what happened. */
    public String label() {
        return DateLabels.of(date()) + " · " + headline();
    }
}
