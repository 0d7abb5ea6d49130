package org.onrecord.model;

import java.util.Set;

/** What an event is about: the entities and statements the researcher linked it to. */
public record EventLinks(long eventId, Set<Long> entityIds, Set<Long> statementIds) {
    public EventLinks {
        entityIds = Set.copyOf(entityIds);
        statementIds = Set.copyOf(statementIds);
    }

    public static EventLinks none(long eventId) {
        return new EventLinks(eventId, Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return entityIds.isEmpty() && statementIds.isEmpty();
    }
}
