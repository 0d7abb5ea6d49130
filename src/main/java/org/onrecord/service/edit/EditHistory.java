package org.onrecord.service.edit;

import org.onrecord.store.CaseStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The edits of one session on one case, for undo (Ctrl+Z) and redo (Ctrl+Shift+Z). Every perform,
 * undo and redo is one transaction, committed at once (there is no separate save). A failed edit
 * changes nothing and leaves the stacks as they were. An edit whose rows were changed outside the
 * history since is refused ({@link EditConflictException}) rather than half-undone. Calls are
 * serialised; they write to the case file, so the window makes them off the FX thread.
 */
public final class EditHistory {
    private final CaseStore store;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Applied>> rowListeners = new CopyOnWriteArrayList<>();

    /**
     * One perform, undo or redo as it reached the case: the rows in the direction they were written
     * (an undo's rows are reversed); empty rows when the edit cannot say which rows it changed.
     */
    public record Applied(Edit edit, List<RowChange<?>> rows) {
        static Applied forward(Edit edit) {
            return new Applied(edit, edit.rowChanges());
        }

        static Applied backward(Edit edit) {
            return new Applied(edit, edit.rowChanges().reversed().stream().<RowChange<?>>map(RowChange::reversed).toList());
        }
    }

    public EditHistory(CaseStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public CaseStore store() {
        return store;
    }

    /** Applies the edit and makes it the one to undo next; clears what could be redone. */
    public synchronized <E extends Edit> E perform(E edit) {
        store.inTransaction(() -> edit.apply(store));
        undo.push(edit);
        redo.clear();
        changed(Applied.forward(edit));
        return edit;
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would take back, e.g. for a menu item "Undo Merge …". */
    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::describe);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::describe);
    }

    /** Takes back the latest edit and returns it. */
    public synchronized Edit undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Edit edit = undo.peek();
        store.inTransaction(() -> edit.revert(store));
        undo.pop();
        redo.push(edit);
        changed(Applied.backward(edit));
        return edit;
    }

    /** Applies again the edit last undone and returns it. */
    public synchronized Edit redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Edit edit = redo.peek();
        store.inTransaction(() -> edit.apply(store));
        redo.pop();
        undo.push(edit);
        changed(Applied.forward(edit));
        return edit;
    }

    /** Forgets every edit (e.g. when another case is opened). */
    public synchronized void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    /** Called after every perform, undo, redo and clear, on the calling thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Called after every perform, undo and redo with the rows written, on the calling thread while
     * the history is still held (so listeners see the edits in the order they reached the case).
     */
    public void addRowListener(Consumer<Applied> listener) {
        rowListeners.add(listener);
    }

    public void removeRowListener(Consumer<Applied> listener) {
        rowListeners.remove(listener);
    }

    private void changed(Applied applied) {
        rowListeners.forEach(l -> l.accept(applied));
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
