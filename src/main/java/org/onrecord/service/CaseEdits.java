package org.onrecord.service;

import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;
import org.onrecord.service.edit.CompositeEdit;
import org.onrecord.service.edit.Edit;
import org.onrecord.service.edit.EditHistory;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.store.CaseStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a researcher does to one open case, one method per intent, each one undoable edit performed
 * through the case's history (committed at once). Methods block and throw
 * {@link IllegalArgumentException} on bad input, before anything is written.
 */
public final class CaseEdits {
    private final Services services;
    private final CaseStore store;
    private final EditHistory history;

    CaseEdits(Services services, CaseStore store, EditHistory history) {
        this.services = services;
        this.store = store;
        this.history = history;
    }

    /** A statement; {@code speaker} is how a reader names who said it, {@code speakerEntity} may be null. */
    public RowEdit addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                                boolean direct, LocalDate dateSaid, String note) {
        return history.perform(services.annotationEdits().addStatement(store, articleId, span, kind, speaker, speakerEntity,
                via, direct, dateSaid, note));
    }

    /** A mention of {@code entityId}, or of a new entity {@code name}/{@code type} when it is null; {@code alias} is added to its names. */
    public Edit addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span) {
        EntityEdits entities = services.entityEdits();
        if (entityId == null) {
            return history.perform(entities.addWithMention(store, name, type, alias == null ? List.of() : List.of(alias),
                    articleId, span));
        }
        Entity entity = Checks.entity(store, entityId);
        List<Edit> parts = new ArrayList<>();
        if (alias != null && entity.aliases().stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
            parts.add(entities.addAlias(store, entityId, alias));
        }
        Edit mention = entities.addMention(store, entityId, articleId, span);
        parts.add(mention);
        return history.perform(parts.size() == 1 ? mention : new CompositeEdit(mention.describe() + " (and add the name)", parts));
    }

    /** A dated event ({@code value} as {@link DateValues#parse} reads it), linked at once to what it is about. */
    public RowEdit addEvent(long articleId, TextSpan span, String value, String description, Set<Long> entities,
                            Set<Long> statements) {
        return history.perform(services.annotationEdits().addLinkedEvent(store, articleId, span,
                DateValues.parse(value, null, null), description, entities, statements));
    }

    public RowEdit editStatement(Statement changed) {
        return history.perform(services.annotationEdits().editStatement(store, changed));
    }

    public RowEdit deleteStatement(long statementId) {
        return history.perform(services.annotationEdits().deleteStatement(store, statementId));
    }

    /** Accepts or rejects a suggested statement, or takes it back to review. */
    public RowEdit reviewStatement(long statementId, ReviewState state) {
        Statement s = Checks.statement(store, statementId);
        return editStatement(new Statement(s.id(), s.articleId(), s.span(), s.speaker(), s.speakerEntityId(), s.speakerSpan(),
                s.cueSpan(), s.via(), s.kind(), s.direct(), s.dateSaid(), s.origin(), state, s.anchor()));
    }

    public RowEdit renameEntity(long entityId, String name, EntityType type) {
        return history.perform(services.entityEdits().edit(store, entityId, name, type));
    }

    public RowEdit mergeEntities(long into, List<Long> merged) {
        return history.perform(services.entityEdits().merge(store, into, merged));
    }

    /** Moves {@code alias} (and the mentions written so) to a new entity of the same type. */
    public RowEdit splitEntity(long entityId, String alias) {
        return history.perform(services.entityEdits().split(store, entityId, alias));
    }

    public RowEdit deleteEntity(long entityId) {
        return history.perform(services.entityEdits().delete(store, entityId));
    }

    /** A new statement kind for this case (the list is the case's own). */
    public RowEdit addKind(String code, String label) {
        return history.perform(services.annotationEdits().addKind(store, code, label));
    }

    /** A new date ({@code value}, null keeps it) or description (null keeps it) for an event. */
    public RowEdit editEvent(long eventId, String value, String description) {
        Event old = Checks.event(store, eventId);
        var date = value == null ? old.date() : DateValues.parse(value, null, null);
        return history.perform(services.annotationEdits().editEvent(store, new Event(old.id(), old.articleId(), old.span(), date,
                description == null ? old.description() : description, old.dateFixed(), old.origin(), old.state(), old.anchor())));
    }

    /** Accepts or rejects a suggested event, or takes it back to review. */
    public RowEdit reviewEvent(long eventId, ReviewState state) {
        Event old = Checks.event(store, eventId);
        return history.perform(services.annotationEdits().editEvent(store, new Event(old.id(), old.articleId(), old.span(),
                old.date(), old.description(), old.dateFixed(), old.origin(), state, old.anchor())));
    }

    public RowEdit deleteEvent(long eventId) {
        return history.perform(services.annotationEdits().deleteEvent(store, eventId));
    }

    public RowEdit addNote(Note.NoteTarget target, long targetId, String text) {
        return history.perform(services.notes().add(store, target, targetId, text));
    }

    /**
     * Records the title, outlet, author, URL and publication date the researcher gave (null fields
     * are left as they are) as one undoable edit; a new publication date re-dates the article's
     * events whose date is not fixed. Empty when nothing differs from what the case holds.
     */
    public Optional<RowEdit> giveMetadata(long articleId, ArticleMetadata given) {
        return services.articles().giveMetadata(store, articleId, given).map(history::perform);
    }

    /**
     * Runs the automatic suggestions over every article and returns how many were added. Not an
     * undoable edit: it never touches reviewed or researcher items, and rejecting a suggestion is.
     */
    public int suggest(Progress progress) {
        return services.analysis().analyze(store, List.of(), progress).stream()
                .mapToInt(AnalysisService.ArticleAnalysis::suggested).sum();
    }

    /** Takes back the latest edit; its description, or empty when there was none. */
    public Optional<String> undo() {
        synchronized (history) {
            return history.canUndo() ? Optional.of(history.undo().describe()) : Optional.empty();
        }
    }

    public Optional<String> redo() {
        synchronized (history) {
            return history.canRedo() ? Optional.of(history.redo().describe()) : Optional.empty();
        }
    }

    public Optional<String> undoDescription() {
        return history.undoDescription();
    }

    public Optional<String> redoDescription() {
        return history.redoDescription();
    }
}
