package org.onrecord.ui.articles;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.ui.common.VisibleRows;
import org.onrecord.model.SearchHit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Locale;
import java.util.function.ToIntFunction;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import org.onrecord.model.NoteHit;

/** Search box, search hits and the sortable, filterable article list. */
public final class ArticlesView extends VBox {
    private final ArticlesViewModel viewModel;
    private final TableView<ArticleRow> table = new TableView<>();
    private final ListView<SearchHit> hits = new ListView<>();
    private final TextField searchField = new TextField();
    private boolean syncing;

    public ArticlesView(ArticlesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("articles-pane");
        setSpacing(6);
        setPadding(new Insets(6));

        searchField.setId("searchField");
        searchField.setPromptText("Search all articles (Ctrl+F)");
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        searchField.setOnAction(e -> viewModel.searchAndOpenFirst());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clearSearch();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        searchField.setTooltip(new Tooltip("Words must all occur; \"a phrase\"; prefix*. Enter searches and opens the best hit, "
                + "Down goes through the others, Esc clears."));

        Label status = new Label();
        status.getStyleClass().add("search-status");
        status.textProperty().bind(viewModel.searchStatusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        hits.setId("searchHits");
        hits.setItems(viewModel.hits());
        hits.setCellFactory(list -> new HitCell());
        hits.setOnMouseClicked(e -> viewModel.openHit(hits.getSelectionModel().getSelectedItem()));
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openHit(hits.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clearSearch();
            }
        });
        hits.managedProperty().bind(Bindings.isNotEmpty(viewModel.hits()));
        hits.visibleProperty().bind(hits.managedProperty());
        hits.setPrefHeight(220);
        hits.setMinHeight(140);
        // While hits are listed they take the article list's place: a narrow column still shows several readable hits.
        VBox.setVgrow(hits, Priority.ALWAYS);
        table.setMinHeight(90);

        ListView<NoteHit> notes = new ListView<>(viewModel.noteHits());
        notes.setId("noteHits");
        notes.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list, the text cut with an ellipsis: a long note must not push the cell off screen.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(NoteHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : "Note on " + hit.note().target().name().toLowerCase(Locale.ROOT)
                        + " " + hit.note().targetId() + ": " + hit.snippet().replace("[", "").replace("]", "").replaceAll("\\s+", " "));
                setGraphic(empty || hit == null ? null : new FontIcon("mdi2n-note-text-outline"));
            }
        });
        notes.setOnMouseClicked(e -> viewModel.openNote(notes.getSelectionModel().getSelectedItem()));
        notes.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openNote(notes.getSelectionModel().getSelectedItem());
            }
        });
        notes.managedProperty().bind(Bindings.isNotEmpty(viewModel.noteHits()));
        notes.visibleProperty().bind(notes.managedProperty());
        notes.setPrefHeight(90);
        notes.setMinHeight(60);

        TextField filter = new TextField();
        filter.setId("articleFilter");
        filter.setPromptText("Filter list by title, outlet, date");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        var searching = Bindings.isNotEmpty(viewModel.hits()).or(Bindings.isNotEmpty(viewModel.noteHits()));
        filter.managedProperty().bind(searching.not());
        filter.visibleProperty().bind(filter.managedProperty());
        table.managedProperty().bind(searching.not());
        table.visibleProperty().bind(table.managedProperty());
        Label heading = new Label("Articles");
        heading.getStyleClass().add("pane-title");
        heading.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        getChildren().addAll(heading, searchField, status, hits, notes, filter, table);
    }

    private void buildTable() {
        table.setId("articleTable");
        TableColumn<ArticleRow, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
        title.setPrefWidth(220);
        title.setMinWidth(60);
        TableColumn<ArticleRow, String> outlet = new TableColumn<>("Outlet");
        outlet.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().outlet()));
        outlet.setPrefWidth(70);
        outlet.setMinWidth(36);
        TableColumn<ArticleRow, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().published()));
        date.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        // a day is never cut ("20…" says nothing); the title gives way first
        date.setMinWidth(Math.ceil(new Text("2014-12-31").getLayoutBounds().getWidth()) + 14);
        date.setMaxWidth(date.getMinWidth());
        date.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null : getTableRow().getItem().dateText());
            }
        });
        table.getColumns().add(title);
        table.getColumns().add(outlet);
        table.getColumns().add(date);
        table.getColumns().add(count("E", "Entities mentioned", ArticleRow::entities));
        table.getColumns().add(count("S", "Statements", ArticleRow::statements));
        table.getColumns().add(count("T", "Dated events (timeline)", ArticleRow::events));
        table.setItems(viewModel.rows());
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        Label noArticles = new Label("No articles yet — import files with Ctrl+I or drop them here.");
        noArticles.setWrapText(true);
        noArticles.setPadding(new Insets(8));
        table.setPlaceholder(new StackPane(noArticles));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.choose(row.id());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, id) -> reselect(id));
        viewModel.rows().addListener((ListChangeListener<ArticleRow>) c -> reselect(viewModel.selectedProperty().get()));
        // every column shares a change of width, none below its minimum (the day and the counts stay whole)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static TableColumn<ArticleRow, Integer> count(String name, String tooltip, ToIntFunction<ArticleRow> value) {
        TableColumn<ArticleRow, Integer> column = new TableColumn<>(name);
        Label header = new Label(name);
        header.setTooltip(new Tooltip(tooltip));
        column.setGraphic(header);
        column.setText("");
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(value.applyAsInt(c.getValue())));
        column.setPrefWidth(28);
        column.setMinWidth(24);
        column.setMaxWidth(36);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private void reselect(Long id) {
        syncing = true;
        try {
            ArticleRow current = table.getSelectionModel().getSelectedItem();
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (current != null && current.id() == id) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (Objects.equals(table.getItems().get(i).id(), id)) {
                    table.getSelectionModel().clearAndSelect(i);
                    VisibleRows.reveal(table, i, table::scrollTo);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** A hit: title, then the snippet with the matched words in bold ([ and ] mark them in the index's snippet). */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Text title = new Text((hit.title() == null ? "(untitled)" : hit.title()) + "\n");
            title.getStyleClass().add("hit-title");
            TextFlow flow = new TextFlow(title);
            String snippet = hit.snippet().replaceAll("\\s+", " ");
            boolean inMatch = false;
            for (String piece : snippet.split("(?=\\[)|(?<=\\])|(?=\\])|(?<=\\[)")) {
                if (piece.equals("[")) {
                    inMatch = true;
                } else if (piece.equals("]")) {
                    inMatch = false;
                } else {
                    Text t = new Text(piece);
                    t.getStyleClass().add(inMatch ? "hit-match" : "hit-text");
                    flow.getChildren().add(t);
                }
            }
            flow.setPrefWidth(0);
            flow.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(flow);
        }
    }
}
