package org.onrecord.service;

import org.onrecord.service.edit.EditConflictException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A change the researcher made to a row as a window showed it ({@code seen}), carried over to the
 * row as the case holds it now: only the fields the researcher changed are written, so another
 * program's changes to the other fields stay. When another program changed one of those same
 * fields since, the change is refused ({@link EditConflictException}): neither writer's value is
 * lost without the researcher seeing it.
 */
final class SeenRow {
    private SeenRow() {
    }

    /** {@code change} applied to {@code stored}, after checking that it does not undo a change made elsewhere to {@code seen}. */
    static <R extends Record> R carryOver(String label, R seen, R stored, UnaryOperator<R> change) {
        R wanted = change.apply(seen);
        List<String> moved = new ArrayList<>();
        for (RecordComponent field : seen.getClass().getRecordComponents()) {
            Object was = value(field, seen);
            if (!Objects.equals(value(field, wanted), was) && !Objects.equals(value(field, stored), was)) {
                moved.add(words(field.getName()));
            }
        }
        if (!moved.isEmpty()) {
            throw new EditConflictException(label + " was changed by another program since the window showed it ("
                    + String.join(", ", moved) + "), so your change was not saved; the window now shows it as the case "
                    + "holds it: make the change again if you still want it");
        }
        return change.apply(stored);
    }

    private static Object value(RecordComponent field, Record row) {
        try {
            return field.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.getName(), e);
        }
    }

    /** speakerEntityId → "speaker entity", dateSaid → "date said". */
    private static String words(String name) {
        String spaced = name.replaceAll("Id$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT);
    }
}
