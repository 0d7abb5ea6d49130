package org.onrecord.ui.annotate;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Note;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.progress.Progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    void addEvent(long articleId, TextSpan span, String value, String description, Set<Long> entities,
                  Set<Long> statements);

    /**
     * Marks every place {@code words} stand in {@code articleIds} as entity {@code entityId} (or a new
     * entity {@code name}/{@code type}), as one undoable edit; returns how many places were marked.
     */
    int markEveryOccurrence(Long entityId, String name, EntityType type, String alias, String words, List<Long> articleIds);

    Optional<ProposedDate> proposeDate(String expression, LocalDate publication);

    void editStatement(Statement changed);

    void deleteStatement(long statementId);

    // Changes over the row as the pane showed it: another program's changes to other fields are kept,
    // a change to the same field since is refused with a message (nothing is overwritten).

    /** The speaker as typed: an entity named or aliased so is linked, the text kept as the description. */
    void nameSpeaker(Statement seen, String typed);

    void sayVia(Statement seen, String via);

    void changeKind(Statement seen, String kind);

    void markDirect(Statement seen, boolean direct);

    /** YYYY-MM-DD, or blank for unknown. */
    void dateSaid(Statement seen, String typed);

    void renameEntity(Entity seen, String name, EntityType type);

    void editEvent(Event seen, String value, String description);

    void mergeEntities(long into, List<Long> merged);

    /** Moves {@code alias} (and the mentions written so) to a new entity of the same type. */
    void splitEntity(long entityId, String alias);

    /** A new statement kind for this case (the list is the case's own). */
    void addKind(String code, String label);

    void deleteEntity(long entityId);

    void editEvent(long eventId, String value, String description);

    void deleteEvent(long eventId);

    /** Accepts or rejects a suggestion (or takes an item back to review); undoable like any edit. */
    void reviewEvent(long eventId, ReviewState state);

    void reviewStatement(long statementId, ReviewState state);

    /** Runs the automatic suggestions over every article; never touches reviewed or researcher items. */
    int suggest(Progress progress);

    /** Suggests entities (with their other names) in every article, newest import first; same guarantees. */
    int suggestEntities(Progress progress);

    void addNote(Note.NoteTarget target, long targetId, String text);

    void editNote(long noteId, String text);

    void deleteNote(long noteId);

    /** The undone edit's description, if there was one to undo. */
    Optional<String> undo();

    Optional<String> redo();

    Optional<String> undoDescription();

    Optional<String> redoDescription();
}
