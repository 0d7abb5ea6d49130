package org.onrecord.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import org.controlsfx.control.CheckComboBox;

import java.util.List;
import java.util.function.Function;

/** A drop-down of check boxes kept in step with a view model's set of chosen keys. */
public final class CheckChoices {
    private CheckChoices() {
    }

    public static <T, K> CheckComboBox<T> of(List<T> items, ObservableSet<K> chosen, Function<T, K> key,
                                             Function<T, String> label, String title) {
        CheckComboBox<T> box = new CheckComboBox<>(FXCollections.observableArrayList(items));
        box.setTitle(title);
        box.setConverter(ShownAs.of(label));
        items.stream().filter(i -> chosen.contains(key.apply(i))).forEach(i -> box.getCheckModel().check(i));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            var keys = box.getCheckModel().getCheckedItems().stream().map(key).toList();
            chosen.retainAll(keys);
            chosen.addAll(keys);
        });
        return box;
    }
}
