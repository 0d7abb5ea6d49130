package org.onrecord.store;

import org.onrecord.model.Event;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.onrecord.model.EventLinks;

public interface EventRepository {
    /** Stores a new event (its id is ignored) and returns the id it got. */
    long add(Event event);

    Optional<Event> find(long id);

    List<Event> all();

    List<Event> in(long articleId);

    /** Writes the event exactly as given: a new id when its id is 0, else insert-or-replace under its id. */
    long put(Event event);

    void delete(long id);

    /** The event's links to entities and statements that still exist. */
    EventLinks links(long eventId);

    /** Every event that has links, by event id. */
    Map<Long, EventLinks> allLinks();

    /** Replaces the event's links by {@code links}. */
    void putLinks(EventLinks links);

    /** Why the event was suggested (null clears it). */
    void setEvidence(long eventId, String evidence);

    Optional<String> evidence(long eventId);
}
