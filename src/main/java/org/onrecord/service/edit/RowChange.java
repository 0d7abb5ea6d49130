package org.onrecord.service.edit;

import org.onrecord.store.CaseStore;

import java.util.Objects;

/**
 * One row of one table before and after an edit: {@code before == null} means the edit creates it,
 * {@code after == null} that it deletes it. A row created with id 0 gets its id on the first apply
 * and keeps it on every redo.
 */
public final class RowChange<T> {
    private final Table<T> table;
    private final T before;
    private T after;

    RowChange(Table<T> table, T before, T after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after state");
        }
        this.table = Objects.requireNonNull(table);
        this.before = before;
        this.after = after;
    }

    public static <T> RowChange<T> created(Table<T> table, T row) {
        return new RowChange<>(table, null, row);
    }

    public static <T> RowChange<T> deleted(Table<T> table, T row) {
        return new RowChange<>(table, row, null);
    }

    public static <T> RowChange<T> changed(Table<T> table, T before, T after) {
        return new RowChange<>(table, before, after);
    }

    public Table<T> table() {
        return table;
    }

    public T before() {
        return before;
    }

    public T after() {
        return after;
    }

    /** The id of the row (after the edit, or before it for a deletion); 0 for a creation not applied yet. */
    public long id() {
        return table.id(after != null ? after : before);
    }

    /** The same row taken the other way (what an undo does to it). */
    public RowChange<T> reversed() {
        return new RowChange<>(table, after, before);
    }

    boolean unchanged() {
        return Objects.equals(before, after);
    }

    /**
     * Null when the row is as this change expects before running in that direction (its before
     * state going forward, its after state going back), else what differs, for the message.
     */
    String conflict(CaseStore store, boolean forward) {
        T expected = forward ? before : after;
        T other = forward ? after : before;
        T probe = expected != null ? expected : other;
        if (table.id(probe) <= 0) {
            return null; // a row not created yet: nothing to compare
        }
        T current = table.current(store, probe);
        if (Objects.equals(current, expected)) {
            return null;
        }
        if (expected == null) {
            return table.label(probe) + " exists again";
        }
        return current == null ? table.label(probe) + " is gone" : table.label(probe) + " has changed";
    }

    void put(CaseStore store, boolean forward) {
        T row = forward ? after : before;
        if (row == null) {
            return;
        }
        long id = table.put(store, row);
        if (forward && table.id(row) <= 0) {
            after = table.withId(row, id);
        }
    }

    void delete(CaseStore store, boolean forward) {
        T target = forward ? after : before;
        T other = forward ? before : after;
        if (target == null && other != null) {
            table.delete(store, other);
        }
    }
}
