package org.onrecord.ui.statements;

import org.onrecord.ui.common.VisibleRows;
import org.onrecord.ui.help.NewcomerHints;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.scene.text.Text;
import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.model.StatementKind;
import org.onrecord.ui.common.KindStyle;
import org.onrecord.ui.common.ShownAs;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.Region;
import org.onrecord.dates.SaidOn;
import org.onrecord.model.AnchorState;
import java.util.Set;
import java.util.WeakHashMap;

/** The claim/denial table with its filters; kinds show icon, colour and name together. */
public final class StatementsView extends VBox {
    private final Tooltip kindUnsureTip = new Tooltip("The kind is unsure: check it (filter: Kind unsure)");
    /** The kind icon, the gap after it and the cell's padding. */
    private static final double KIND_ICON_AND_PADDING = 40;
    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");
    private static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");

    private final StatementsViewModel viewModel;
    private final TableView<StatementRow> table = new TableView<>();
    /** The rows the table made (a screenful and a few spare): marks are set on them directly. */
    private final Set<TableRow<StatementRow>> liveRows = Collections.newSetFromMap(new WeakHashMap<>());
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private boolean syncing;

    public StatementsView(StatementsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("statements-pane");
        setSpacing(6);
        setPadding(new Insets(6));
        Label heading = new Label("Statements", new FontIcon("mdi2c-comment-quote"));
        heading.getStyleClass().add("pane-title");
        getChildren().addAll(new HBox(12, heading, count), filters(), table);
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        // At least six rows under the header, however far the divider above is dragged (a 720-pixel-high screen).
        table.setMinHeight(26 + 6 * 25);
        viewModel.selectedProperty().addListener((obs, o, id) -> reselect(id));
        viewModel.markedProperty().addListener((obs, o, n) -> remark());
        viewModel.rows().addListener((ListChangeListener<StatementRow>) c -> updateCount());
        updateCount();
    }

    private HBox filters() {
        CheckComboBox<StatementKind> kinds = new CheckComboBox<>(viewModel.kinds());
        kinds.setId("kindFilter");
        kinds.setTitle("Kinds");
        kinds.setConverter(ShownAs.of(StatementKind::label));
        Runnable checkShown = () -> {
            kinds.getCheckModel().clearChecks();
            viewModel.kinds().forEach(k -> {
                if (viewModel.shownKinds().contains(k.code())) {
                    kinds.getCheckModel().check(k);
                }
            });
        };
        checkShown.run();
        viewModel.kinds().addListener((ListChangeListener<StatementKind>) c -> checkShown.run());
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<StatementKind>) c -> {
            var checked = kinds.getCheckModel().getCheckedItems().stream().map(StatementKind::code).toList();
            viewModel.shownKinds().retainAll(checked);
            viewModel.shownKinds().addAll(checked);
        });
        ComboBox<String> speaker = new ComboBox<>(viewModel.speakers());
        speaker.setId("speakerFilter");
        speaker.valueProperty().bindBidirectional(viewModel.speakerFilterProperty());
        speaker.setTooltip(new Tooltip("Speaker"));
        ComboBox<String> article = new ComboBox<>(viewModel.articles());
        article.setId("articleFilterCombo");
        article.valueProperty().bindBidirectional(viewModel.articleFilterProperty());
        article.setTooltip(new Tooltip("Article"));
        TextField text = new TextField();
        text.setId("statementFilter");
        text.setPromptText("Filter words, speaker, via");
        text.textProperty().bindBidirectional(viewModel.textFilterProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        speaker.setPrefWidth(150);
        article.setPrefWidth(150);
        speaker.setPromptText("Speaker");
        CheckBox unsure = new CheckBox("Kind unsure");
        unsure.setId("kindUnsureFilter");
        unsure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        unsure.setTooltip(new Tooltip("Only suggested statements whose kind the rules were unsure of"));
        unsure.selectedProperty().bindBidirectional(viewModel.kindUnsureOnlyProperty());
        unsure.visibleProperty().bind(viewModel.rulesSureProperty());
        unsure.managedProperty().bind(unsure.visibleProperty());
        HBox bar = new HBox(6, kinds, labelled("Speaker"), speaker, labelled("Article"), article, unsure, text);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label labelled(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void buildTable() {
        table.setId("statementTable");
        TableColumn<StatementRow, String> words = new TableColumn<>("Words");
        words.setCellValueFactory(c -> new SimpleStringProperty(
                (c.getValue().anchor() == AnchorState.LOST ? "⚠ not found in the text: " : "") + c.getValue().words()));
        // The words are what the researcher reads: the widest share, never squeezed below a phrase;
        // cut words end in "…" and the whole statement is in the cell's tooltip.
        words.setPrefWidth(400);
        words.setMinWidth(140);
        words.setCellFactory(col -> new WordsCell());
        TableColumn<StatementRow, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().speaker()));
        speaker.setPrefWidth(110);
        speaker.setMinWidth(60);
        speaker.setCellFactory(TextFieldTableCell.forTableColumn());
        speaker.setOnEditCommit(e -> viewModel.setSpeaker(e.getRowValue().id(), e.getNewValue()));
        TableColumn<StatementRow, String> via = new TableColumn<>("Via");
        via.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().via()));
        via.setCellFactory(TextFieldTableCell.forTableColumn());
        via.setPrefWidth(70);
        via.setMinWidth(40);
        via.setOnEditCommit(e -> viewModel.setVia(e.getRowValue().id(), e.getNewValue()));
        TableColumn<StatementRow, StatementRow> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        kind.setComparator(Comparator.comparing(StatementRow::kindLabel));
        kind.setCellFactory(col -> new KindCell());
        kind.setPrefWidth(120);
        fitKinds(kind);
        viewModel.kinds().addListener((ListChangeListener<StatementKind>) c -> fitKinds(kind));
        TableColumn<StatementRow, LocalDate> date = new TableColumn<>("Said");
        date.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().dateSaid()));
        date.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        // A day and its "assumed" mark are never cut to "2014…".
        date.setMinWidth(Math.ceil(new Text("2014-12-31 (" + SaidOn.ASSUMED + ")").getLayoutBounds().getWidth()) + 16);
        date.setMaxWidth(date.getMinWidth() + 8);
        date.setCellFactory(col -> new SaidOnCell(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                // The view model parses and reports a bad date; the cell only carries the text.
                pendingDateText = text;
                return null;
            }
        }));
        date.setOnEditCommit(e -> viewModel.setDateSaid(e.getRowValue().id(), pendingDateText));
        TableColumn<StatementRow, StatementRow> sure = new TableColumn<>("Sure");
        sure.setId("confidenceColumn");
        sure.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        sure.setComparator(Comparator.comparing(StatementRow::confidence, Comparator.nullsLast(Comparator.naturalOrder())));
        sure.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(StatementRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean shown = !empty && row != null && row.confidence() != null;
                // short enough to stay whole in a narrow column; the tooltip says what the "?" means
                setText(shown ? Math.round(row.confidence() * 100) + "%" + (row.kindUnsure() ? " ?" : "") : null);
                setTooltip(shown && row.kindUnsure() ? kindUnsureTip : null);
            }
        });
        sure.setMinWidth(Math.ceil(new Text("100% ?").getLayoutBounds().getWidth()) + 16);
        sure.setPrefWidth(sure.getMinWidth());
        sure.setMaxWidth(sure.getMinWidth() + 20);
        sure.visibleProperty().bind(viewModel.rulesSureProperty());
        TableColumn<StatementRow, String> article = new TableColumn<>("Article");
        article.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().article()));
        article.setPrefWidth(100);
        article.setMinWidth(60);
        table.getColumns().add(words);
        table.getColumns().add(speaker);
        table.getColumns().add(via);
        table.getColumns().add(kind);
        table.getColumns().add(date);
        table.getColumns().add(sure);
        table.getColumns().add(article);
        // Every column shares a change of width in proportion, none below its minimum: on a laptop
        // the words keep the widest share instead of the last column taking what is left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.editableProperty().bind(viewModel.editableProperty());
        table.setRowFactory(t -> new TableRow<>() {
            {
                liveRows.add(this);
                setOnContextMenuRequested(e -> {
                    if (getItem() != null && viewModel.isEditable()) {
                        rowMenu(getItem()).show(this, e.getScreenX(), e.getScreenY());
                        e.consume();
                    }
                });
            }

            @Override
            protected void updateItem(StatementRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(MARKED, !empty && row != null && viewModel.isMarked(row.id()));
                pseudoClassStateChanged(SUGGESTED, !empty && row != null && row.suggested());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (!syncing && row != null) {
                viewModel.select(row.id());
            }
        });
        table.setOnKeyPressed(e -> {
            StatementRow row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ESCAPE && table.getEditingCell() == null) {
                viewModel.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && row != null && table.getEditingCell() == null) {
                viewModel.delete(row.id());
                e.consume();
            }
        });
    }

    private String pendingDateText;

    /** Right-click on a row: change its kind, quote/reported, add a note, delete. */
    private ContextMenu rowMenu(StatementRow row) {
        Menu kind = new Menu("Kind");
        for (StatementKind k : viewModel.kinds()) {
            MenuItem item = new MenuItem(k.label(), KindStyle.icon(k.code()));
            item.setOnAction(e -> viewModel.setKind(row.id(), k.code()));
            kind.getItems().add(item);
        }
        MenuItem direct = new MenuItem(row.direct() ? "Mark as reported speech" : "Mark as a direct quote");
        direct.setOnAction(e -> viewModel.setDirect(row.id(), !row.direct()));
        MenuItem note = new MenuItem("Add note…");
        note.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle("Note on a statement");
            dialog.setHeaderText("“" + row.words() + "”");
            dialog.showAndWait().ifPresent(text -> viewModel.addNote(row.id(), text));
        });
        MenuItem delete = new MenuItem("Delete (Del)");
        delete.setOnAction(e -> viewModel.delete(row.id()));
        return new ContextMenu(kind, direct, note, new SeparatorMenuItem(), delete);
    }

    /** The focus moved: only the rows on screen change their mark (no cell is made again). */
    private void remark() {
        for (TableRow<StatementRow> row : liveRows) {
            StatementRow item = row.getItem();
            row.pseudoClassStateChanged(MARKED, !row.isEmpty() && item != null && viewModel.isMarked(item.id()));
        }
    }

    private void updateCount() {
        count.setText(viewModel.visibleCount() + " of " + viewModel.totalCount());
        placeholder.setText(NewcomerHints.statementsPlaceholder(viewModel.totalCount()));
    }

    private void reselect(Long id) {
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    table.getSelectionModel().clearAndSelect(i);
                    VisibleRows.reveal(table, i, row -> table.scrollTo(Math.max(0, row - 2)));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    /** The kind column never cuts a kind to "Accus…": it is at least as wide as the longest label, reported included. */
    private void fitKinds(TableColumn<StatementRow, StatementRow> column) {
        double widest = viewModel.kinds().stream()
                .mapToDouble(k -> new Text(k.label() + " (reported)").getLayoutBounds().getWidth()).max().orElse(80);
        column.setMinWidth(Math.ceil(widest) + KIND_ICON_AND_PADDING);
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        column.setMaxWidth(column.getMinWidth() + 8);
    }

    /** The statement's words, cut with "…" where the column is narrow, whole in the tooltip. */
    private static final class WordsCell extends TableCell<StatementRow, String> {
        private final Tooltip whole = new Tooltip();

        WordsCell() {
            whole.setWrapText(true);
            whole.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String words, boolean empty) {
            super.updateItem(words, empty);
            setText(empty ? null : words);
            whole.setText(words);
            setTooltip(empty || words == null || words.isBlank() ? null : whole);
        }
    }

    /**
     * A kind with its icon. The cell keeps one icon node and changes its glyph and style class only
     * when the kind does: an edit or a scroll gives every cell on screen another row, and a new
     * icon node (or a style class taken off and put back) has its CSS worked out again.
     */
    static final class KindCell extends TableCell<StatementRow, StatementRow> {
        private FontIcon icon;
        private String shownKind;

        @Override
        protected void updateItem(StatementRow row, boolean empty) {
            super.updateItem(row, empty);
            String kind = empty || row == null ? null : row.kind();
            if (!Objects.equals(kind, shownKind)) {
                getStyleClass().removeIf(c -> c.startsWith("kind-"));
                if (kind != null) {
                    if (icon == null) {
                        icon = KindStyle.icon(kind);
                    } else {
                        KindStyle.restyle(icon, kind);
                    }
                    getStyleClass().add(KindStyle.styleClass(kind));
                }
                shownKind = kind;
            }
            setGraphic(kind == null ? null : icon);
            setText(kind == null ? null : row.kindLabel() + (row.direct() ? "" : " (reported)"));
        }
    }

    /** The day said, typed as YYYY-MM-DD; a day that is only the publication day says it is assumed (SaidOn). */
    private static final class SaidOnCell extends TextFieldTableCell<StatementRow, LocalDate> {
        SaidOnCell(StringConverter<LocalDate> converter) {
            super(converter);
        }

        @Override
        public void updateItem(LocalDate day, boolean empty) {
            super.updateItem(day, empty);
            StatementRow row = getTableRow() == null ? null : getTableRow().getItem();
            boolean assumed = !empty && day != null && !isEditing() && row != null && row.dateSaidAssumed();
            if (assumed) {
                setText(getText() + " (" + SaidOn.ASSUMED + ")");
            }
            setTooltip(assumed ? new Tooltip("Only the day the article was published: it does not say when the words were said") : null);
        }
    }
}
