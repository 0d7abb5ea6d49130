package org.onrecord.ui.common;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Node;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.application.Platform;

/** One status area: the last message, and the running task with its progress and a cancel button. */
public final class StatusBar extends HBox {
    private final Label message = new Label("Ready.");
    private final Label taskLabel = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel", new FontIcon("mdi2c-close"));
    private FxTaskRunner.FxTask shown;

    public StatusBar(FxTaskRunner tasks) {
        getStyleClass().add("status-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        message.setId("statusMessage");
        cancel.setId("cancelTask");
        bar.setPrefWidth(180);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, taskLabel, bar, cancel);
        tasks.running().addListener((ListChangeListener<FxTaskRunner.FxTask>) c -> show(tasks.running().isEmpty() ? null : tasks.running().getLast()));
        show(null);
    }

    private void show(FxTaskRunner.FxTask task) {
        shown = task;
        boolean busy = task != null;
        taskLabel.setVisible(busy);
        bar.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            taskLabel.textProperty().bind(task.messageProperty().map(m -> task.title() + (m.isEmpty() ? "" : ": " + m)));
            bar.progressProperty().bind(task.progressProperty());
            cancel.setOnAction(e -> shown.cancel());
        } else {
            taskLabel.textProperty().unbind();
            bar.progressProperty().unbind();
        }
    }

    /** A standing piece of information beside the message (the count of suggestions to review). */
    public void addInfo(Node info) {
        getChildren().add(1, info);
    }

    public void say(String text) {
        message.setText(text);
    }

    /** From any thread. */
    public void sayLater(String text) {
        Platform.runLater(() -> say(text));
    }

    public String message() {
        return message.getText();
    }
}
