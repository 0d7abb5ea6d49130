package org.onrecord.ui.help;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** A help page in a plain dialog (not modal to the work: it closes with Esc or Enter). */
public final class HelpDialog {
    private HelpDialog() {
    }

    public static void show(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label page = new Label(text);
        page.setId("helpPage");
        page.setWrapText(true);
        page.setMinHeight(Label.USE_PREF_SIZE);
        page.setMaxWidth(760);
        alert.getDialogPane().setContent(page);
        alert.getDialogPane().setMinWidth(560);
        alert.show();
    }
}
