package org.onrecord.service;

import org.onrecord.model.AnchorState;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;

import java.time.LocalDate;
import java.util.List;

/** Creating annotations by hand: each call is one transaction, saved at once. */
public final class AnnotationService {

    public long addEntity(CaseStore store, String name, EntityType type, List<String> aliases) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entity needs a name");
        }
        return store.entities().add(name, type, aliases, Origin.RESEARCHER, ReviewState.ACCEPTED);
    }

    public long addMention(CaseStore store, long entityId, long articleId, TextSpan span) {
        requireEntity(store, entityId);
        return store.entities().addMention(entityId, articleId, checked(store, articleId, span), Origin.RESEARCHER, ReviewState.ACCEPTED);
    }

    /** A statement: {@code speaker} is how a reader names who said it; {@code speakerEntity} may be null. */
    public long addStatement(CaseStore store, long articleId, TextSpan span, String kind, String speaker, Long speakerEntity,
                             String via, boolean direct, LocalDate dateSaid) {
        if (store.statements().kinds().stream().noneMatch(k -> k.code().equals(kind))) {
            throw new IllegalArgumentException("unknown statement kind '" + kind + "'");
        }
        if (speakerEntity != null) {
            requireEntity(store, speakerEntity);
        }
        String speakerName = speaker;
        if ((speakerName == null || speakerName.isBlank()) && speakerEntity != null) {
            speakerName = store.entities().find(speakerEntity).orElseThrow().name();
        }
        return store.statements().add(new Statement(0, articleId, checked(store, articleId, span), speakerName, speakerEntity,
                null, null, via, kind, direct, dateSaid, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
    }

    public long addEvent(CaseStore store, long articleId, TextSpan span, DateValue date, String description, boolean dateFixed) {
        return store.events().add(new Event(0, articleId, checked(store, articleId, span), date, description, dateFixed,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED));
    }

    private static TextSpan checked(CaseStore store, long articleId, TextSpan span) {
        String body = store.articles().find(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article with id " + articleId)).body();
        TextSpan exact = SpanLocator.at(body, span.start(), span.end());
        if (!span.text().isEmpty() && !exact.text().equals(span.text())) {
            throw new IllegalArgumentException("the words at " + span.start() + ".." + span.end() + " are \"" + exact.text()
                    + "\", not \"" + span.text() + "\"");
        }
        return exact;
    }

    private static void requireEntity(CaseStore store, long entityId) {
        if (store.entities().find(entityId).isEmpty()) {
            throw new IllegalArgumentException("no entity with id " + entityId);
        }
    }
}
