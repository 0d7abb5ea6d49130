package org.onrecord.ui.report;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.StatementKind;
import org.onrecord.report.ReportOptions;

import java.util.List;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Region;
import org.onrecord.ui.common.CheckChoices;
import org.onrecord.ui.common.ShownAs;

/** File › Export report…: what to put in the PDF. Returns the options, or empty when cancelled. */
public final class ReportDialog {
    private ReportDialog() {
    }

    public static Optional<ReportOptions> ask(Window owner, ReportDialogViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export report");
        dialog.setHeaderText("A PDF that cites every statement back to its source.");
        ButtonType export = new ButtonType("Export PDF…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);

        TextField title = new TextField();
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextField author = new TextField();
        author.textProperty().bindBidirectional(vm.authorProperty());
        ComboBox<ReportOptions.Grouping> group = new ComboBox<>();
        group.getItems().setAll(ReportOptions.Grouping.values());
        group.valueProperty().bindBidirectional(vm.groupByProperty());
        group.setConverter(ShownAs.of(g -> g == ReportOptions.Grouping.SPEAKER ? "by speaker" : "by kind"));
        CheckComboBox<StatementKind> kinds = CheckChoices.of(vm.kinds(), vm.chosenKinds(), StatementKind::code, StatementKind::label, "Kinds");
        CheckComboBox<String> speakers = CheckChoices.of(vm.speakers(), vm.chosenSpeakers(), s -> s, s -> s, "Speakers");
        CheckComboBox<ArticleSummary> articles = CheckChoices.of(vm.articles(), vm.chosenArticles(), ArticleSummary::id,
                ArticleSummary::displayTitle, "Articles");
        CheckBox suggested = new CheckBox("Include suggestions (marked as such)");
        suggested.selectedProperty().bindBidirectional(vm.includeSuggestedProperty());
        CheckBox notes = new CheckBox("Include the researcher's notes");
        notes.selectedProperty().bindBidirectional(vm.includeNotesProperty());
        CheckBox appendix = new CheckBox("Full source texts as an appendix (citations link there)");
        appendix.selectedProperty().bindBidirectional(vm.appendixProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        int row = 0;
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Author"), author);
        grid.addRow(row++, new Label("Grouped"), group);
        grid.addRow(row++, new Label("Kinds"), kinds);
        grid.addRow(row++, new Label("Speakers"), speakers);
        grid.addRow(row++, new Label("Articles"), articles);
        grid.add(suggested, 1, row++);
        grid.add(notes, 1, row++);
        grid.add(appendix, 1, row);
        for (var node : List.of(title, author, kinds, speakers, articles)) {
            GridPane.setHgrow(node, Priority.ALWAYS);
            node.setMaxWidth(Double.MAX_VALUE);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(560);
        var exportButton = dialog.getDialogPane().lookupButton(export);
        Runnable check = () -> exportButton.setDisable(!vm.canExport());
        vm.chosenKinds().addListener((SetChangeListener<String>) c -> check.run());
        vm.chosenSpeakers().addListener((SetChangeListener<String>) c -> check.run());
        vm.chosenArticles().addListener((SetChangeListener<Long>) c -> check.run());
        check.run();
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == export) {
            vm.remember();
            return Optional.of(vm.options());
        }
        return Optional.empty();
    }
}
