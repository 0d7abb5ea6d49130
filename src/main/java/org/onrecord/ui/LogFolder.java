package org.onrecord.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Help › Open log folder: opens the folder in the system's file browser; where there is none
 * (or it fails), shows the folder's path to copy, which is what a bug report needs anyway.
 */
final class LogFolder {
    private LogFolder() {
    }

    static void open(Window owner, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            show(owner, folder, "The folder could not be made: " + e.getMessage());
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            show(owner, folder, null);
            return;
        }
        // Desktop.open may block while the file browser starts: not on the FX thread.
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> show(owner, folder, "The folder could not be opened: " + e.getMessage()));
            }
        }, "open-log-folder");
        opener.setDaemon(true);
        opener.start();
    }

    static void show(Window owner, Path folder, String problem) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Log folder");
        alert.setHeaderText("The log files are in this folder");
        TextField path = new TextField(folder.toAbsolutePath().toString());
        path.setId("logFolderPath");
        path.setEditable(false);
        VBox content = new VBox(8, path);
        if (problem != null) {
            content.getChildren().add(new Label(problem));
        }
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
