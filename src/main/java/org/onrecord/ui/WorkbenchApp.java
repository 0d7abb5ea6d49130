package org.onrecord.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The workbench window (a bare shell until the panes arrive). */
public final class WorkbenchApp extends Application {
    private static String initialCase;

    public static void launchWindow(String caseFile) {
        initialCase = caseFile;
        Application.launch(WorkbenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(initialCase == null ? "Onrecord" : "Onrecord — " + initialCase);
        stage.setScene(new Scene(new StackPane(new Label("Onrecord")), 1200, 800));
        stage.show();
    }
}
