package org.onrecord.ui.annotate;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.StatementKind;
import org.onrecord.ui.common.Completion;
import org.onrecord.ui.common.FormGrid;
import org.onrecord.ui.common.KindStyle;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Statement;
import org.onrecord.ui.common.CheckChoices;
import org.onrecord.ui.common.ShownAs;

/** The editor beside the text: one form per mode, Tab through the fields, Enter saves, Esc cancels. */
public final class AnnotationEditorView extends VBox {
    private final AnnotationEditorViewModel viewModel;
    private final Label heading = new Label();
    private final VBox form = new VBox(6);
    private final TextField speaker = new TextField();
    private final TextField entityName = new TextField();
    private final TextField dateValue = new TextField();

    public AnnotationEditorView(AnnotationEditorViewModel viewModel) {
        this.viewModel = viewModel;
        setId("annotationEditor");
        getStyleClass().add("annotation-editor");
        setPadding(new Insets(8));
        setSpacing(6);
        setPrefWidth(320);
        setMinWidth(260);
        heading.getStyleClass().add("pane-title");
        Label words = new Label();
        words.getStyleClass().add("editor-words");
        words.setWrapText(true);
        words.textProperty().bind(viewModel.wordsProperty().map(w -> "“" + w + "”"));
        Label message = new Label();
        message.getStyleClass().add("detail-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        Button save = new Button("Save", new FontIcon("mdi2c-content-save"));
        save.setId("editorSave");
        save.setDefaultButton(false);
        save.setOnAction(e -> viewModel.save());
        save.setTooltip(new Tooltip("Save (Enter)"));
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.setTooltip(new Tooltip("Cancel (Esc)"));
        getChildren().addAll(heading, words, form, new HBox(6, save, cancel), message);
        addEventFilter(KeyEvent.KEY_PRESSED, this::formKeys);
        Completion.attach(speaker, viewModel.entityNames());
        Completion.attach(entityName, viewModel.entityNames());
        viewModel.modeProperty().addListener((obs, o, mode) -> show(mode));
        show(viewModel.modeProperty().get());
    }

    /**
     * Enter saves from every field (an open drop-down or a picked suggestion takes it first;
     * Shift+Enter is a new line in the note); Esc cancels; Alt+1…9 chooses the statement kind.
     */
    private void formKeys(KeyEvent e) {
        Object target = e.getTarget();
        if (e.getCode() == KeyCode.ESCAPE) {
            if (!(target instanceof ComboBox<?> box && box.isShowing())) {
                viewModel.cancel();
                e.consume();
            }
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            if (target instanceof ComboBox<?> box && box.isShowing()) {
                return;
            }
            if (target instanceof Node node && Completion.isChoosing(node)) {
                return;
            }
            if (target instanceof TextArea area && e.isShiftDown()) {
                area.replaceSelection("\n");
                e.consume();
                return;
            }
            if (target instanceof Button button) {
                button.fire();
                e.consume();
                return;
            }
            viewModel.save();
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && viewModel.modeProperty().get() == EditorMode.STATEMENT
                && e.getCode().isDigitKey()) {
            if (viewModel.chooseKind(digitOf(e.getCode()))) {
                e.consume();
            }
        }
    }

    private static String digitOf(KeyCode code) {
        String name = code.getName(); // "1" or "Numpad 1"
        return name.substring(name.length() - 1);
    }

    private void show(EditorMode mode) {
        boolean open = mode != EditorMode.NONE;
        setVisible(open);
        setManaged(open);
        switch (mode) {
            case STATEMENT -> statementForm();
            case ENTITY -> entityForm();
            case EVENT -> eventForm();
            case NONE -> form.getChildren().clear();
        }
    }

    private void statementForm() {
        heading.setText("Mark statement (Q)");
        speaker.setId("editorSpeaker");
        speaker.setPromptText("Entity, or a description: “an unidentified diplomat”");
        speaker.textProperty().bindBidirectional(viewModel.speakerProperty());
        TextField via = new TextField();
        via.setId("editorVia");
        via.setPromptText("Told to / via (outlet, agency)");
        via.textProperty().bindBidirectional(viewModel.viaProperty());
        Completion.attach(via, viewModel.vias());
        ComboBox<StatementKind> kind = new ComboBox<>(viewModel.kinds());
        kind.setId("editorKind");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setConverter(ShownAs.of(StatementKind::label));
        kind.setButtonCell(new KindCell(viewModel.kinds()));
        kind.setCellFactory(list -> new KindCell(viewModel.kinds()));
        kind.setTooltip(new Tooltip("Press its number or first letter (Alt+number from any field)"));
        kind.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isAltDown() && !e.isShortcutDown() && viewModel.chooseKind(e.getCharacter())) {
                e.consume();
            }
        });
        Button newKind = new Button("+");
        newKind.setId("editorNewKind");
        newKind.setTooltip(new Tooltip("A new kind for this case"));
        newKind.setOnAction(e -> {
            var dialog = new TextInputDialog();
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle("New statement kind");
            dialog.setHeaderText("Name of the new kind (e.g. “Retraction”)");
            dialog.showAndWait().ifPresent(viewModel::addKind);
        });
        HBox kindRow = new HBox(4, kind, newKind);
        HBox.setHgrow(kind, Priority.ALWAYS);
        kind.setMaxWidth(Double.MAX_VALUE);
        CheckBox reported = new CheckBox("Reported (not a direct quote)");
        reported.setId("editorReported");
        reported.selectedProperty().bindBidirectional(viewModel.reportedProperty());
        TextField date = new TextField();
        date.setId("editorDateSaid");
        date.setPromptText("Only if the article says when (YYYY-MM-DD)");
        date.textProperty().bindBidirectional(viewModel.dateSaidProperty());
        Label dateHint = new Label();
        dateHint.setId("editorDateSaidHint");
        dateHint.getStyleClass().add("detail-info");
        dateHint.setWrapText(true);
        dateHint.textProperty().bind(viewModel.dateSaidHintProperty());
        dateHint.managedProperty().bind(dateHint.textProperty().isNotEmpty());
        dateHint.visibleProperty().bind(dateHint.managedProperty());
        TextArea note = new TextArea();
        note.setId("editorNote");
        note.setPromptText("Note (optional; Shift+Enter for a new line)");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        form.getChildren().setAll(grid(new Label("Speaker"), speaker, new Label("Via"), via, new Label("Kind"), kindRow,
                new Label("Said on"), date), dateHint, reported, note);
        speaker.requestFocus();
    }

    private void entityForm() {
        heading.setText("Mark entity (E)");
        entityName.setId("editorEntityName");
        entityName.setPromptText("Name (an existing one adds a mention)");
        entityName.textProperty().bindBidirectional(viewModel.entityNameProperty());
        ComboBox<EntityType> type = new ComboBox<>();
        type.setId("editorEntityType");
        type.getItems().setAll(viewModel.entityTypes());
        type.valueProperty().bindBidirectional(viewModel.entityTypeProperty());
        type.setConverter(ShownAs.of(EntityType::label));
        CheckBox alias = new CheckBox("Add these words as another name");
        alias.setId("editorAlias");
        alias.selectedProperty().bindBidirectional(viewModel.addAsAliasProperty());
        form.getChildren().setAll(grid(new Label("Name"), entityName, new Label("Type"), type), alias, scopeChoice());
        entityName.requestFocus();
    }

    private void eventForm() {
        heading.setText("Mark date / event (T)");
        dateValue.setId("editorDateValue");
        dateValue.setPromptText("A day 2014-11-24, a month 2014-11, a year 2014 (empty: as read)");
        dateValue.textProperty().bindBidirectional(viewModel.dateValueProperty());
        ComboBox<DatePrecision> precision = new ComboBox<>();
        precision.getItems().setAll(DatePrecision.values());
        precision.valueProperty().bindBidirectional(viewModel.datePrecisionProperty());
        precision.setConverter(ShownAs.of(DatePrecision::code));
        precision.setDisable(true);
        precision.setTooltip(new Tooltip("Read from the value"));
        Label explanation = new Label();
        explanation.setWrapText(true);
        explanation.getStyleClass().add("detail-info");
        explanation.textProperty().bind(viewModel.dateExplanationProperty());
        TextField description = new TextField();
        description.setId("editorDescription");
        description.setPromptText("What happened (optional)");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        var entities = CheckChoices.of(viewModel.linkableEntities(), viewModel.linkedEntities(),
                Entity::id, Entity::name, "Entities");
        entities.setId("editorLinkedEntities");
        var statements = CheckChoices.of(viewModel.linkableStatements(), viewModel.linkedStatements(),
                Statement::id, s -> "“" + abbreviate(s.span().text()) + "”", "Statements");
        statements.setId("editorLinkedStatements");
        form.getChildren().setAll(grid(new Label("Date"), dateValue, new Label("Precision"), precision,
                new Label("Event"), description, new Label("About"), entities, new Label("Said in"), statements), explanation);
        dateValue.requestFocus();
    }

    /** Mark only these words, or every place they stand in this article or in the whole case (one undoable edit). */
    private VBox scopeChoice() {
        ToggleGroup group = new ToggleGroup();
        String words = "“" + abbreviate(viewModel.wordsProperty().get()) + "”";
        int here = viewModel.occurrencesHereProperty().get();
        RadioButton only = new RadioButton("Only these words");
        RadioButton article = new RadioButton(
                "Every " + words + " in this article (" + here + ")");
        RadioButton everywhere = new RadioButton("Every " + words + " in the case");
        only.setId("editorScopeOnly");
        article.setId("editorScopeArticle");
        everywhere.setId("editorScopeCase");
        only.setUserData(AnnotationEditorViewModel.MarkScope.THESE_WORDS);
        article.setUserData(AnnotationEditorViewModel.MarkScope.THIS_ARTICLE);
        everywhere.setUserData(AnnotationEditorViewModel.MarkScope.WHOLE_CASE);
        for (var button : List.of(only, article, everywhere)) {
            button.setToggleGroup(group);
            button.setWrapText(true);
            button.setSelected(button.getUserData() == viewModel.markScopeProperty().get());
        }
        group.selectedToggleProperty().addListener((obs, was, is) -> {
            if (is != null) {
                viewModel.markScopeProperty().set((AnnotationEditorViewModel.MarkScope) is.getUserData());
            }
        });
        VBox box = new VBox(3, new Label("Mark"), only, article, everywhere);
        box.setId("editorScope");
        return box;
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }

    /** Labels beside their fields, or above them when the editor is narrow: never cut to "…". */
    private static FormGrid grid(Node... labelsAndFields) {
        return FormGrid.of(labelsAndFields);
    }

    /** A kind with its key: "2  Denial" (its number in the list, 1–9). */
    private static final class KindCell extends ListCell<StatementKind> {
        private final List<StatementKind> kinds;

        KindCell(List<StatementKind> kinds) {
            this.kinds = kinds;
        }

        @Override
        protected void updateItem(StatementKind kind, boolean empty) {
            super.updateItem(kind, empty);
            int number = kind == null ? -1 : kinds.indexOf(kind) + 1;
            setText(empty || kind == null ? null : (number >= 1 && number <= 9 ? number + "  " : "") + kind.label());
            setGraphic(empty || kind == null ? null : KindStyle.icon(kind.code()));
        }
    }
}
