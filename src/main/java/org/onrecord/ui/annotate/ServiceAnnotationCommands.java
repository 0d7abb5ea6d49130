package org.onrecord.ui.annotate;

import org.onrecord.service.AnalysisService;
import org.onrecord.app.AppServices;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.DateValues;
import org.onrecord.service.edit.CompositeEdit;
import org.onrecord.service.edit.Edit;
import org.onrecord.service.edit.EditHistory;
import org.onrecord.store.CaseStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The panes' commands over the edit services of one open case, all through its undo history. */
public final class ServiceAnnotationCommands implements AnnotationCommands {
    private final AppServices services;
    private final CaseStore store;
    private final EditHistory history;
    private final Runnable afterEdit;
    private final org.onrecord.dates.DateResolver resolver = new org.onrecord.dates.DateResolver();

    public ServiceAnnotationCommands(AppServices services, CaseStore store, EditHistory history, Runnable afterEdit) {
        this.services = services;
        this.store = store;
        this.history = history;
        this.afterEdit = afterEdit;
    }

    private void perform(Edit edit) {
        history.perform(edit);
        afterEdit.run();
    }

    @Override
    public void addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                             boolean direct, LocalDate dateSaid, String note) {
        perform(services.annotationEdits().addStatement(store, articleId, span, kind, speaker, speakerEntity, via, direct,
                dateSaid, note));
    }

    @Override
    public void addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span) {
        var entities = services.entityEdits();
        if (entityId == null) {
            perform(entities.addWithMention(store, name, type, alias == null ? List.of() : List.of(alias), articleId, span));
            return;
        }
        List<Edit> parts = new ArrayList<>();
        var entity = store.entities().find(entityId).orElseThrow(() -> new IllegalArgumentException("no entity " + entityId));
        if (alias != null && entity.aliases().stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
            parts.add(entities.addAlias(store, entityId, alias));
        }
        Edit mention = entities.addMention(store, entityId, articleId, span);
        parts.add(mention);
        perform(parts.size() == 1 ? mention : new CompositeEdit(mention.describe() + " (and add the name)", parts));
    }

    @Override
    public void addEvent(long articleId, TextSpan span, String value, String description, java.util.Set<Long> entities,
                         java.util.Set<Long> statements) {
        perform(services.annotationEdits().addLinkedEvent(store, articleId, span, DateValues.parse(value, null, null), description,
                entities, statements));
    }

    @Override
    public Optional<ProposedDate> proposeDate(String expression, LocalDate publication) {
        return resolver.resolve(expression, publication)
                .map(r -> new ProposedDate(r.value(), r.date().precision(), r.explanation()));
    }

    @Override
    public void editStatement(Statement changed) {
        perform(services.annotationEdits().editStatement(store, changed));
    }

    @Override
    public void deleteStatement(long statementId) {
        perform(services.annotationEdits().deleteStatement(store, statementId));
    }

    @Override
    public void renameEntity(long entityId, String name, EntityType type) {
        perform(services.entityEdits().edit(store, entityId, name, type));
    }

    @Override
    public void mergeEntities(long into, List<Long> merged) {
        perform(services.entityEdits().merge(store, into, merged));
    }

    @Override
    public void splitEntity(long entityId, String alias) {
        perform(services.entityEdits().split(store, entityId, alias));
    }

    @Override
    public void addKind(String code, String label) {
        perform(services.annotationEdits().addKind(store, code, label));
    }

    @Override
    public void deleteEntity(long entityId) {
        perform(services.entityEdits().delete(store, entityId));
    }

    @Override
    public void editEvent(long eventId, String value, String description) {
        Event old = store.events().find(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        var date = value == null ? old.date() : DateValues.parse(value, null, null);
        perform(services.annotationEdits().editEvent(store, new Event(old.id(), old.articleId(), old.span(), date,
                description == null ? old.description() : description, old.dateFixed(), old.origin(), old.state(), old.anchor())));
    }

    @Override
    public void reviewEvent(long eventId, org.onrecord.model.ReviewState state) {
        Event old = store.events().find(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        perform(services.annotationEdits().editEvent(store, new Event(old.id(), old.articleId(), old.span(), old.date(),
                old.description(), old.dateFixed(), old.origin(), state, old.anchor())));
    }

    @Override
    public void reviewStatement(long statementId, org.onrecord.model.ReviewState state) {
        Statement s = store.statements().find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("no statement " + statementId));
        perform(services.annotationEdits().editStatement(store, new Statement(s.id(), s.articleId(), s.span(), s.speaker(),
                s.speakerEntityId(), s.speakerSpan(), s.cueSpan(), s.via(), s.kind(), s.direct(), s.dateSaid(), s.origin(), state,
                s.anchor())));
    }

    @Override
    public int suggest(org.onrecord.service.Progress progress) {
        return suggest(AnalysisService.Kind.DATES, progress);
    }

    @Override
    public int suggestEntities(org.onrecord.service.Progress progress) {
        return suggest(AnalysisService.Kind.ENTITIES, progress);
    }

    private int suggest(AnalysisService.Kind kind, org.onrecord.service.Progress progress) {
        int added = services.analysis().analyze(store, List.of(), EnumSet.of(kind), progress).stream()
                .mapToInt(AnalysisService.ArticleAnalysis::suggested).sum();
        afterEdit.run();
        return added;
    }

    @Override
    public void deleteEvent(long eventId) {
        perform(services.annotationEdits().deleteEvent(store, eventId));
    }

    @Override
    public void addNote(Note.NoteTarget target, long targetId, String text) {
        perform(services.notes().add(store, target, targetId, text));
    }

    @Override
    public Optional<String> undo() {
        if (!history.canUndo()) {
            return Optional.empty();
        }
        String what = history.undo().describe();
        afterEdit.run();
        return Optional.of(what);
    }

    @Override
    public Optional<String> redo() {
        if (!history.canRedo()) {
            return Optional.empty();
        }
        String what = history.redo().describe();
        afterEdit.run();
        return Optional.of(what);
    }

    @Override
    public Optional<String> undoDescription() {
        return history.undoDescription();
    }

    @Override
    public Optional<String> redoDescription() {
        return history.redoDescription();
    }
}
