package org.onrecord.ui.notes;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** Writing or changing one note: a few lines of text; Save keeps it, Esc leaves everything as it was. */
public final class NoteDialog {
    private NoteDialog() {
    }

    public static Optional<String> ask(Window owner, String title, String about, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        TextArea text = new TextArea(initial == null ? "" : initial);
        text.setId("noteText");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPrefColumnCount(48);
        Label what = new Label(about);
        what.setWrapText(true);
        what.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, what, text));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("noteSave");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == save ? text.getText() : null);
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait().filter(t -> !t.isBlank());
    }
}
