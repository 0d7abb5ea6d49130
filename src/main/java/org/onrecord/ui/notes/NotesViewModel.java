package org.onrecord.ui.notes;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.onrecord.model.Note;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every note of the case in one list, newest first: filtered by words, by what they are about, or
 * to the article on screen; choosing one focuses what it is about in every pane.
 */
public final class NotesViewModel {
    /** Reads the open case's notes (on a worker); null when no case is open. */
    @FunctionalInterface
    public interface NoteSource {
        List<Note> notes() throws Exception;
    }

    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final Supplier<NoteSource> source;
    private final EditRunner edits;
    private final ObservableList<NoteRow> rows = FXCollections.observableArrayList();
    private final FilteredList<NoteRow> shown = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Note.NoteTarget> about = new SimpleObjectProperty<>();
    private final BooleanProperty onlyThisArticle = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private List<Note> notes = List.of();
    private long sequence;

    public NotesViewModel(WorkbenchState state, TaskRunner tasks, Supplier<NoteSource> source, EditRunner edits) {
        this.state = state;
        this.tasks = tasks;
        this.source = source;
        this.edits = edits;
        filter.addListener((obs, o, n) -> refilter());
        about.addListener((obs, o, n) -> refilter());
        onlyThisArticle.addListener((obs, o, n) -> refilter());
        state.articleProperty().addListener((obs, o, n) -> {
            if (onlyThisArticle.get()) {
                refilter();
            }
        });
        // Notes are not part of the snapshot: an edit of a note replaces it with an equal one, so listen for any
        // replacement (invalidation), not for a different value.
        state.snapshotProperty().addListener((Observable o) -> {
            state.snapshot();
            reload();
        });
        reload();
    }

    /** Reads the notes again (after any edit the snapshot changes, and so do they). */
    public void reload() {
        long mine = ++sequence;
        NoteSource current = source.get();
        if (current == null) {
            show(List.of());
            return;
        }
        tasks.runQuietly(p -> current.notes(), (List<Note> loaded) -> {
            if (mine == sequence) {
                show(loaded);
            }
        }, error -> message.set("Could not read the notes: " + error.getMessage()));
    }

    private void show(List<Note> loaded) {
        notes = loaded;
        CaseSnapshot snapshot = state.snapshot();
        rows.setAll(loaded.stream()
                .sorted(Comparator.comparing(Note::created, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Note::id, Comparator.reverseOrder()))
                .map(n -> new NoteRow(n.id(), n.target(), n.targetId(), NoteTargets.describe(snapshot, n.target(), n.targetId()),
                        n.text(), n.created()))
                .toList());
        refilter();
    }

    private void refilter() {
        Long article = state.article();
        CaseSnapshot snapshot = state.snapshot();
        shown.setPredicate(row -> row.matches(filter.get())
                && (about.get() == null || about.get() == row.target())
                && (!onlyThisArticle.get() || isIn(snapshot, row, article)));
        message.set(rows.isEmpty() ? "No notes yet. Add one on an article here, or right-click a statement or entity."
                : shown.size() + " of " + rows.size() + " notes");
    }

    /** Whether a note belongs to the article: on it, or on a statement, event or entity (by a mention) in it. */
    private static boolean isIn(CaseSnapshot snapshot, NoteRow row, Long article) {
        if (article == null) {
            return false;
        }
        long id = row.targetId();
        return switch (row.target()) {
            case ARTICLE -> article == id;
            case STATEMENT -> snapshot.statement(id).filter(s -> s.articleId() == article).isPresent();
            case EVENT -> snapshot.event(id).filter(e -> e.articleId() == article).isPresent();
            case ENTITY -> snapshot.mentionsOf(id).stream().anyMatch(m -> m.articleId() == article);
        };
    }

    public ObservableList<NoteRow> rows() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Only notes about this kind of thing; null: all. */
    public ObjectProperty<Note.NoteTarget> aboutProperty() {
        return about;
    }

    public BooleanProperty onlyThisArticleProperty() {
        return onlyThisArticle;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Focuses what the note is about, in every pane. */
    public void open(NoteRow row) {
        if (row != null) {
            NoteTargets.focus(state, row.target(), row.targetId(), PaneId.OTHER);
        }
    }

    /** The article on screen, for "Add a note on this article". */
    public Long currentArticle() {
        return state.article();
    }

    public void addOnArticle(String text) {
        Long article = state.article();
        if (article == null) {
            message.set("Open an article first.");
            return;
        }
        if (text != null && !text.isBlank()) {
            edits.run("Note added to the article (Ctrl+Z takes it back).", c -> c.addNote(Note.NoteTarget.ARTICLE, article, text.strip()));
        }
    }

    public void edit(NoteRow row, String text) {
        if (row != null && text != null && !text.isBlank() && !text.strip().equals(row.text())) {
            edits.run("Note changed.", c -> c.editNote(row.id(), text.strip()));
        }
    }

    public void delete(NoteRow row) {
        if (row != null) {
            edits.run("Note deleted (Ctrl+Z brings it back).", c -> c.deleteNote(row.id()));
        }
    }
}
