package org.onrecord.ui.annotate;

import org.onrecord.dates.DateResolver;
import org.onrecord.model.EntityType;
import org.onrecord.model.Note;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;
import org.onrecord.service.CaseEdits;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The panes' commands, each handed to the open case's {@link CaseEdits} (one service call per user
 * intent, all through its undo history); {@code afterEdit} runs, on the worker, after each change.
 */
public final class ServiceAnnotationCommands implements AnnotationCommands {
    private final CaseEdits edits;
    private final Runnable afterEdit;
    private final DateResolver resolver = new DateResolver();

    public ServiceAnnotationCommands(CaseEdits edits, Runnable afterEdit) {
        this.edits = edits;
        this.afterEdit = afterEdit;
    }

    private void changed() {
        afterEdit.run();
    }

    @Override
    public void addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                             boolean direct, LocalDate dateSaid, String note) {
        edits.addStatement(articleId, span, kind, speaker, speakerEntity, via, direct, dateSaid, note);
        changed();
    }

    @Override
    public void addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span) {
        edits.addMention(entityId, name, type, alias, articleId, span);
        changed();
    }

    @Override
    public void addEvent(long articleId, TextSpan span, String value, String description, Set<Long> entities,
                         Set<Long> statements) {
        edits.addEvent(articleId, span, value, description, entities, statements);
        changed();
    }

    @Override
    public Optional<ProposedDate> proposeDate(String expression, LocalDate publication) {
        return resolver.resolve(expression, publication)
                .map(r -> new ProposedDate(r.value(), r.date().precision(), r.explanation()));
    }

    @Override
    public void editStatement(Statement changed) {
        edits.editStatement(changed);
        changed();
    }

    @Override
    public void deleteStatement(long statementId) {
        edits.deleteStatement(statementId);
        changed();
    }

    @Override
    public void renameEntity(long entityId, String name, EntityType type) {
        edits.renameEntity(entityId, name, type);
        changed();
    }

    @Override
    public void mergeEntities(long into, List<Long> merged) {
        edits.mergeEntities(into, merged);
        changed();
    }

    @Override
    public void splitEntity(long entityId, String alias) {
        edits.splitEntity(entityId, alias);
        changed();
    }

    @Override
    public void addKind(String code, String label) {
        edits.addKind(code, label);
        changed();
    }

    @Override
    public void deleteEntity(long entityId) {
        edits.deleteEntity(entityId);
        changed();
    }

    @Override
    public void editEvent(long eventId, String value, String description) {
        edits.editEvent(eventId, value, description);
        changed();
    }

    @Override
    public void reviewEvent(long eventId, ReviewState state) {
        edits.reviewEvent(eventId, state);
        changed();
    }

    @Override
    public void reviewStatement(long statementId, ReviewState state) {
        edits.reviewStatement(statementId, state);
        changed();
    }

    @Override
    public int suggest(Progress progress) {
        int added = edits.suggest(progress);
        changed();
        return added;
    }

    @Override
    public void deleteEvent(long eventId) {
        edits.deleteEvent(eventId);
        changed();
    }

    @Override
    public void addNote(Note.NoteTarget target, long targetId, String text) {
        edits.addNote(target, targetId, text);
        changed();
    }

    @Override
    public Optional<String> undo() {
        Optional<String> undone = edits.undo();
        undone.ifPresent(u -> changed());
        return undone;
    }

    @Override
    public Optional<String> redo() {
        Optional<String> redone = edits.redo();
        redone.ifPresent(r -> changed());
        return redone;
    }

    @Override
    public Optional<String> undoDescription() {
        return edits.undoDescription();
    }

    @Override
    public Optional<String> redoDescription() {
        return edits.redoDescription();
    }
}
