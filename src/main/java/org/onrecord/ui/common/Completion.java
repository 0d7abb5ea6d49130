package org.onrecord.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/**
 * Suggestions under a text field that never replace what was typed unless the researcher chooses
 * one: nothing is pre-selected; Down / Up pick, Enter or a click takes the picked one; Tab and
 * Enter without a pick keep the typed text; Esc closes the list. Fast typing cannot complete by
 * accident, since only an explicit pick completes.
 */
public final class Completion {
    private static final String CHOOSING = "onrecord.completion.choosing";
    private static final int LIMIT = 12;

    private final TextField field;
    private final List<String> choices;
    private final ObservableList<String> shown = FXCollections.observableArrayList();
    private final ListView<String> list = new ListView<>(shown);
    private final Popup popup = new Popup();
    private boolean completing;

    private Completion(TextField field, List<String> choices) {
        this.field = field;
        this.choices = choices;
        list.setFocusTraversable(false); // the keyboard stays in the field
        list.getStyleClass().add("completion-list");
        // The list never has the keyboard, so its picked row must stand out without focus.
        list.setStyle("-fx-selection-bar-non-focused: #cfe3f7;");
        list.setPrefHeight(24 * 6 + 4);
        list.setOnMouseClicked(this::clicked);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.showingProperty().addListener((obs, was, is) -> field.getProperties().put(CHOOSING, is && picked() != null));
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> field.getProperties().put(CHOOSING, popup.isShowing() && is != null));
        field.textProperty().addListener((obs, was, is) -> {
            if (!completing && field.isFocused()) {
                refresh(is);
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Suggests from {@code choices} (kept up to date by the caller) while the researcher types in {@code field}. */
    public static Completion attach(TextField field, List<String> choices) {
        return new Completion(field, choices);
    }

    /** True while a suggestion is picked in the open list: Enter then completes instead of reaching the form. */
    public static boolean isChoosing(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(CHOOSING));
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    public List<String> suggestions() {
        return List.copyOf(shown);
    }

    private String picked() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void refresh(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> matches = t.isEmpty() ? List.of()
                : choices.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(t) && !c.equalsIgnoreCase(typed.strip()))
                .limit(LIMIT).toList();
        shown.setAll(matches);
        list.getSelectionModel().clearSelection();
        if (matches.isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                list.setPrefWidth(Math.max(b.getWidth(), 200));
                popup.show(field, b.getMinX(), b.getMaxY());
            }
        }
        list.setPrefHeight(Math.min(matches.size(), 6) * 24 + 4);
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        var selection = list.getSelectionModel();
        switch (e.getCode()) {
            case DOWN -> {
                selection.select(Math.min(selection.getSelectedIndex() + 1, shown.size() - 1));
                list.scrollTo(selection.getSelectedIndex());
                e.consume();
            }
            case UP -> {
                if (selection.getSelectedIndex() <= 0) {
                    selection.clearSelection();
                } else {
                    selection.select(selection.getSelectedIndex() - 1);
                    list.scrollTo(selection.getSelectedIndex());
                }
                e.consume();
            }
            case ENTER -> {
                if (picked() != null && !e.isShortcutDown()) {
                    take(picked());
                    e.consume();
                } else {
                    popup.hide();
                }
            }
            case TAB, ESCAPE -> {
                popup.hide();
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && picked() != null) {
            take(picked());
        }
    }

    private void take(String choice) {
        completing = true;
        try {
            field.setText(choice);
            field.positionCaret(choice.length());
        } finally {
            completing = false;
        }
        popup.hide();
        field.getProperties().put(CHOOSING, false);
    }
}
