package org.onrecord.ui.annotate;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.EntityType;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the panes ask of the open case. Every change is one undoable edit, committed at once;
 * the methods block (call them from a worker) and throw IllegalArgumentException on bad input.
 */
public interface AnnotationCommands {
    record ProposedDate(String value, DatePrecision precision, String explanation) {
    }

    void addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                      boolean direct, LocalDate dateSaid, String note);

    /** A mention of {@code entityId}, or of a new entity {@code name}/{@code type} when it is null; {@code alias} is added to its names. */
    void addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span);

    /** A dated event, linked at once to the entities and statements it is about (either set may be empty). */
    void addEvent(long articleId, TextSpan span, String value, String description, java.util.Set<Long> entities,
                  java.util.Set<Long> statements);

    Optional<ProposedDate> proposeDate(String expression, LocalDate publication);

    void editStatement(Statement changed);

    void deleteStatement(long statementId);

    void renameEntity(long entityId, String name, EntityType type);

    void mergeEntities(long into, List<Long> merged);

    /** Moves {@code alias} (and the mentions written so) to a new entity of the same type. */
    void splitEntity(long entityId, String alias);

    /** A new statement kind for this case (the list is the case's own). */
    void addKind(String code, String label);

    void deleteEntity(long entityId);

    void editEvent(long eventId, String value, String description);

    void deleteEvent(long eventId);

    /** Accepts or rejects a suggestion (or takes an item back to review); undoable like any edit. */
    void reviewEvent(long eventId, org.onrecord.model.ReviewState state);

    void reviewStatement(long statementId, org.onrecord.model.ReviewState state);

    /** Runs the automatic suggestions over every article; never touches reviewed or researcher items. */
    int suggest(org.onrecord.progress.Progress progress);

    void addNote(Note.NoteTarget target, long targetId, String text);

    /** The undone edit's description, if there was one to undo. */
    Optional<String> undo();

    Optional<String> redo();

    Optional<String> undoDescription();

    Optional<String> redoDescription();
}
