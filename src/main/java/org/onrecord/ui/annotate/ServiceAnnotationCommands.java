package org.onrecord.ui.annotate;

import org.onrecord.dates.DateResolver;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;
import org.onrecord.service.CaseEdits;
import org.onrecord.service.edit.Table;

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
    private final Runnable afterSuggestions;
    private final DateResolver resolver = new DateResolver();

    public ServiceAnnotationCommands(CaseEdits edits, Runnable afterEdit) {
        this(edits, afterEdit, afterEdit);
    }

    /**
     * {@code afterSuggestions} runs after the automatic suggestions, which are not edits of the
     * history (a window that follows the history's rows still has to read the case again for them).
     */
    public ServiceAnnotationCommands(CaseEdits edits, Runnable afterEdit, Runnable afterSuggestions) {
        this.edits = edits;
        this.afterEdit = afterEdit;
        this.afterSuggestions = afterSuggestions;
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
    public int markEveryOccurrence(Long entityId, String name, EntityType type, String alias, String words, List<Long> articleIds) {
        var edit = edits.markEveryOccurrence(entityId, name, type, alias, words, articleIds);
        changed();
        // After it is applied the edit holds every mention it made, a new entity's too.
        return (int) edit.changes().stream().filter(c -> c.table() == Table.MENTION).count();
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
    public void nameSpeaker(Statement seen, String typed) {
        edits.nameSpeaker(seen, typed).ifPresent(e -> changed());
    }

    @Override
    public void sayVia(Statement seen, String via) {
        edits.sayVia(seen, via).ifPresent(e -> changed());
    }

    @Override
    public void changeKind(Statement seen, String kind) {
        edits.changeKind(seen, kind).ifPresent(e -> changed());
    }

    @Override
    public void markDirect(Statement seen, boolean direct) {
        edits.markDirect(seen, direct).ifPresent(e -> changed());
    }

    @Override
    public void dateSaid(Statement seen, String typed) {
        edits.dateSaid(seen, typed).ifPresent(e -> changed());
    }

    @Override
    public void renameEntity(Entity seen, String name, EntityType type) {
        edits.renameEntity(seen, name, type);
        changed();
    }

    @Override
    public void editEvent(Event seen, String value, String description) {
        edits.editEvent(seen, value, description);
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
        afterSuggestions.run();
        return added;
    }

    @Override
    public int suggestEntities(Progress progress) {
        int added = edits.suggestEntities(progress);
        afterSuggestions.run();
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
    public void editNote(long noteId, String text) {
        edits.editNote(noteId, text);
        changed();
    }

    @Override
    public void deleteNote(long noteId) {
        edits.deleteNote(noteId);
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
