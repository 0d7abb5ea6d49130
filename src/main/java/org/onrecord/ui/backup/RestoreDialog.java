package org.onrecord.ui.backup;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** File › Restore from backup…: a table of the case's backups; returns the file to restore from, or empty. */
public final class RestoreDialog {
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);

    private RestoreDialog() {
    }

    public static Dialog<Path> build(Window owner, RestoreDialogViewModel vm) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Restore from backup");
        dialog.setHeaderText(vm.header());
        dialog.getDialogPane().getButtonTypes().addAll(RESTORE, ButtonType.CANCEL);

        TableView<RestoreDialogViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("backups");
        table.setPrefSize(680, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Taken", RestoreDialogViewModel.Row::taken));
        table.getColumns().add(column("Size", RestoreDialogViewModel.Row::size));
        table.getColumns().add(column("Articles", RestoreDialogViewModel.Row::articles));
        table.getColumns().add(column("Statements", RestoreDialogViewModel.Row::statements));
        table.getColumns().add(column("Why", RestoreDialogViewModel.Row::reason));
        table.setPlaceholder(new Label("No backups yet."));
        if (vm.chosenProperty().get() != null) {
            table.getSelectionModel().select(vm.chosenProperty().get());
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.chosenProperty().set(row);
            }
        });

        Label chosenFile = new Label();
        Button other = new Button("Another copy…");
        other.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Restore from a copy");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Onrecord cases", "*.onrecord"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                table.getSelectionModel().clearSelection();
                vm.chooseOtherCopy(file.toPath());
                chosenFile.setText("From " + file);
            }
        });
        Label explanation = new Label(vm.explanation());
        explanation.setWrapText(true);
        VBox content = new VBox(8, table, other, chosenFile, explanation);
        content.setPadding(new Insets(10));
        content.setPrefWidth(700);
        dialog.getDialogPane().setContent(content);
        Node restore = dialog.getDialogPane().lookupButton(RESTORE);
        restore.disableProperty().bind(vm.canRestoreProperty().not());
        dialog.setResultConverter(button -> button == RESTORE ? vm.source().orElse(null) : null);
        return dialog;
    }

    public static Optional<Path> ask(Window owner, RestoreDialogViewModel vm) {
        return build(owner, vm).showAndWait();
    }

    private static TableColumn<RestoreDialogViewModel.Row, String> column(String title, Function<RestoreDialogViewModel.Row, String> value) {
        TableColumn<RestoreDialogViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
