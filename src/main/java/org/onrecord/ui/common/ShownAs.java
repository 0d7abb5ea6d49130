package org.onrecord.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice box shows its items, in words; the items are picked, never typed, so nothing is read back. */
public final class ShownAs {
    private ShownAs() {
    }

    public static <T> StringConverter<T> of(Function<T, String> words) {
        return of(words, "");
    }

    /** {@code none} is shown for the empty choice ("About anything"). */
    public static <T> StringConverter<T> of(Function<T, String> words, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : words.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
