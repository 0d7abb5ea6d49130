package org.onrecord.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.onrecord.service.ImportOutcome;
import org.onrecord.service.ImportReport;

/** After an import with failures: the summary and one line per file that did not import, with why. */
final class ImportResultsDialog {
    private ImportResultsDialog() {
    }

    static void show(Stage owner, ImportReport report) {
        Alert alert = new Alert(report.anyFailed() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import finished");
        alert.setHeaderText(report.summary());
        ListView<String> lines = new ListView<>();
        lines.setId("importFailures");
        report.outcomes().stream().filter(o -> o.status() != ImportOutcome.Status.IMPORTED)
                .forEach(o -> lines.getItems().add(o.describe()));
        lines.setPrefSize(640, 240);
        alert.getDialogPane().setContent(lines);
        alert.show();
    }
}
