package org.onrecord.service;

import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.store.CaseStore;

import java.time.LocalDate;
import java.util.List;

/**
 * Annotations made in one go, outside any undo history (the demo case, scripted set-ups): the same
 * checked edits the window performs, applied directly. Each call is one transaction.
 */
public final class AnnotationService {
    private final EntityEdits entities;
    private final AnnotationEdits annotations;

    public AnnotationService(EntityEdits entities, AnnotationEdits annotations) {
        this.entities = entities;
        this.annotations = annotations;
    }

    public long addEntity(CaseStore store, String name, EntityType type, List<String> aliases) {
        return applied(store, entities.add(store, name, type, aliases));
    }

    public long addMention(CaseStore store, long entityId, long articleId, TextSpan span) {
        return applied(store, entities.addMention(store, entityId, articleId, span));
    }

    /** A statement: {@code speaker} is how a reader names who said it; {@code speakerEntity} may be null. */
    public long addStatement(CaseStore store, long articleId, TextSpan span, String kind, String speaker, Long speakerEntity,
                             String via, boolean direct, LocalDate dateSaid) {
        return applied(store, annotations.addStatement(store, articleId, span, kind, speaker, speakerEntity, via, direct,
                dateSaid, null));
    }

    /** An event with the given date (kept as given), or with a null date the one proposed from its words. */
    public long addEvent(CaseStore store, long articleId, TextSpan span, DateValue date, String description) {
        return applied(store, annotations.addEvent(store, articleId, span, date, description));
    }

    private static long applied(CaseStore store, RowEdit edit) {
        edit.apply(store);
        return edit.createdId();
    }
}
