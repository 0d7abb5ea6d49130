package org.onrecord.service.edit;

import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * An edit described as the rows it changes, before and after. Apply writes the after states
 * (parents first) and removes rows the edit deletes (children first); revert does the same with
 * the before states, so undo restores every row under its old id.
 */
public final class RowEdit implements Edit {
    private final String description;
    private final List<RowChange<?>> changes;
    private LongFunction<List<RowChange<?>>> followUp;

    public RowEdit(String description, List<RowChange<?>> changes) {
        this(description, changes, null);
    }

    /**
     * An edit whose further changes depend on the id its first change creates (a new entity that
     * mentions move to, a note on a new statement): {@code followUp} gets that id on the first apply.
     */
    public RowEdit(String description, List<RowChange<?>> changes, LongFunction<List<RowChange<?>>> followUp) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an edit changes at least one row");
        }
        this.description = description;
        this.changes = new ArrayList<>(changes);
        this.followUp = followUp;
    }

    @Override
    public String describe() {
        return description;
    }

    public List<RowChange<?>> changes() {
        return List.copyOf(changes);
    }

    @Override
    public List<RowChange<?>> rowChanges() {
        return changes();
    }

    /** The id of the row the edit's first change creates or changes (known once applied). */
    public long createdId() {
        return changes.getFirst().id();
    }

    /** The state after the edit of the first row of {@code table} it changes, or null. */
    public <T> T after(Table<T> table) {
        for (RowChange<?> change : changes) {
            if (change.table() == table) {
                @SuppressWarnings("unchecked")
                T after = (T) change.after();
                return after;
            }
        }
        return null;
    }

    @Override
    public void apply(CaseStore store) {
        store.inTransaction(() -> {
            if (followUp != null) {
                List<RowChange<?>> first = List.copyOf(changes);
                run(store, first, true);
                List<RowChange<?>> more = followUp.apply(createdId());
                run(store, more, true);
                changes.addAll(more);
                followUp = null;
            } else {
                run(store, changes, true);
            }
        });
    }

    @Override
    public void revert(CaseStore store) {
        store.inTransaction(() -> run(store, changes, false));
    }

    private void run(CaseStore store, List<RowChange<?>> changes, boolean forward) {
        for (RowChange<?> change : changes) {
            String conflict = change.conflict(store, forward);
            if (conflict != null) {
                throw new EditConflictException("cannot " + (forward ? "do" : "undo") + " \"" + description + "\": "
                        + conflict + " since; nothing was changed");
            }
        }
        List<RowChange<?>> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingInt(c -> c.table().rank()));
        for (RowChange<?> change : ordered) {
            change.put(store, forward);
        }
        for (RowChange<?> change : ordered.reversed()) {
            change.delete(store, forward);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
