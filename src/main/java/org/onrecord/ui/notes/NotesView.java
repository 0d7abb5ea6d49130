package org.onrecord.ui.notes;

import javafx.stage.Window;
import javafx.scene.layout.Region;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.ui.common.ShownAs;
import org.onrecord.model.Note;

import java.util.Locale;

/** The case's notes: filter, choose one to see what it is about, add one on the article, edit, delete. */
public final class NotesView extends BorderPane {
    private final NotesViewModel viewModel;
    private final ListView<NoteRow> list = new ListView<>();
    private final TextField filter = new TextField();

    public NotesView(NotesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("notesPane");
        getStyleClass().add("notes-pane");
        setPadding(new Insets(8));

        Label heading = new Label("Notes", new FontIcon("mdi2n-note-text-outline"));
        heading.getStyleClass().add("pane-title");
        Label count = new Label();
        count.getStyleClass().add("search-status");
        count.textProperty().bind(viewModel.messageProperty());
        filter.setId("notesFilter");
        filter.setPromptText("Filter notes by their words or what they are about");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                viewModel.open(list.getItems().getFirst());
                e.consume();
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<Note.NoteTarget> about = new ComboBox<>();
        about.setId("notesAbout");
        about.getItems().add(null);
        about.getItems().addAll(Note.NoteTarget.values());
        about.valueProperty().bindBidirectional(viewModel.aboutProperty());
        about.setConverter(ShownAs.of(t -> "About " + t.name().toLowerCase(Locale.ROOT) + "s", "About anything"));
        about.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Note.NoteTarget item, boolean empty) {
                super.updateItem(item, empty);
                setText(about.getConverter().toString(item));
            }
        });
        CheckBox thisArticle = new CheckBox("This article only");
        thisArticle.setId("notesThisArticle");
        thisArticle.setMinWidth(CheckBox.USE_PREF_SIZE);
        thisArticle.selectedProperty().bindBidirectional(viewModel.onlyThisArticleProperty());
        Button add = new Button("Note on this article…", new FontIcon("mdi2n-note-plus-outline"));
        add.setId("addArticleNote");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> addOnArticle(getScene().getWindow()));
        HBox filters = new HBox(6, filter, about, thisArticle);
        filters.setAlignment(Pos.CENTER_LEFT);
        heading.setMinWidth(Label.USE_PREF_SIZE);
        count.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, top, filters, count);
        header.setPadding(new Insets(0, 0, 6, 0));
        setTop(header);

        list.setId("notesList");
        list.setItems(viewModel.rows());
        list.setCellFactory(l -> new NoteCell());
        list.setPlaceholder(new Label("No notes match."));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            NoteRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(row);
            } else if (e.getCode() == KeyCode.F2) {
                edit(row);
            } else if (e.getCode() == KeyCode.DELETE) {
                viewModel.delete(row);
            } else {
                return;
            }
            e.consume();
        });
        MenuItem open = new MenuItem("Show what it is about");
        open.setOnAction(e -> viewModel.open(list.getSelectionModel().getSelectedItem()));
        MenuItem edit = new MenuItem("Edit the note… (F2)");
        edit.setOnAction(e -> edit(list.getSelectionModel().getSelectedItem()));
        MenuItem delete = new MenuItem("Delete the note (Del)");
        delete.setOnAction(e -> viewModel.delete(list.getSelectionModel().getSelectedItem()));
        list.setContextMenu(new ContextMenu(open, edit, delete));
        setCenter(list);
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Writes a new note on the article on screen. */
    public void addOnArticle(Window owner) {
        if (viewModel.currentArticle() == null) {
            viewModel.messageProperty().set("Open an article first.");
            return;
        }
        NoteDialog.ask(owner, "Note on this article", "The note is kept with the article and listed here.", "")
                .ifPresent(viewModel::addOnArticle);
    }

    private void edit(NoteRow row) {
        if (row != null) {
            NoteDialog.ask(getScene().getWindow(), "Edit the note", row.about(), row.text()).ifPresent(text -> viewModel.edit(row, text));
        }
    }

    /** What the note is about in bold, then its text, wrapped to the list's width. */
    private static final class NoteCell extends ListCell<NoteRow> {
        @Override
        protected void updateItem(NoteRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Text about = new Text(row.about() + "\n");
            about.getStyleClass().add("hit-title");
            Text text = new Text(row.text());
            text.getStyleClass().add("hit-text");
            TextFlow flow = new TextFlow(about, text);
            flow.setPrefWidth(0);
            flow.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(flow);
        }
    }
}
