package org.onrecord.ui.entities;

import org.onrecord.ui.help.NewcomerHints;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.model.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;

/** Entities grouped by type: name, other names, mentions in this article and in the case. */
public final class EntitiesView extends VBox {
    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");

    private final EntitiesViewModel viewModel;
    private final TreeTableView<EntityRow> tree = new TreeTableView<>();
    private boolean syncing;

    public EntitiesView(EntitiesViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("entities-pane");
        setSpacing(6);
        setPadding(new Insets(6));
        Label heading = new Label("Entities", new FontIcon("mdi2a-account-group"));
        heading.getStyleClass().add("pane-title");
        TextField filter = new TextField();
        filter.setId("entityFilter");
        filter.setPromptText("Filter by name or alias");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        CheckBox onlyHere = new CheckBox("Only this article");
        onlyHere.selectedProperty().bindBidirectional(viewModel.onlyThisArticleProperty());
        HBox tools = new HBox(6, filter, onlyHere);
        HBox.setHgrow(filter, Priority.ALWAYS);
        buildTree();
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, tools, tree);
        viewModel.groups().addListener((MapChangeListener<EntityType, List<EntityRow>>) c -> scheduleRefill());
        viewModel.selectedProperty().addListener((obs, o, id) -> reselect(id));
        viewModel.markedProperty().addListener((obs, o, n) -> tree.refresh());
        fill();
    }

    private boolean refillScheduled;

    /** The map changes once per group on a rebuild: refill once, after all of them. */
    private void scheduleRefill() {
        if (!refillScheduled) {
            refillScheduled = true;
            Platform.runLater(() -> {
                refillScheduled = false;
                fill();
            });
        }
    }

    private void buildTree() {
        tree.setId("entityTree");
        tree.setShowRoot(false);
        TreeTableColumn<EntityRow, String> name = new TreeTableColumn<>("Name");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().name()));
        name.setPrefWidth(170);
        TreeTableColumn<EntityRow, String> aliases = new TreeTableColumn<>("Also called");
        aliases.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().aliases()));
        aliases.setPrefWidth(140);
        TreeTableColumn<EntityRow, Integer> here = new TreeTableColumn<>("Here");
        here.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().getValue().id() < 0 ? null : c.getValue().getValue().inArticle()));
        here.setPrefWidth(48);
        TreeTableColumn<EntityRow, Integer> total = new TreeTableColumn<>("Case");
        total.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().getValue().id() < 0 ? null : c.getValue().getValue().inCase()));
        total.setPrefWidth(48);
        tree.getColumns().add(name);
        tree.getColumns().add(aliases);
        tree.getColumns().add(here);
        tree.getColumns().add(total);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setRowFactory(t -> new TreeTableRow<>() {
            {
                setOnContextMenuRequested(e -> {
                    EntityRow row = getItem();
                    if (row != null && row.id() >= 0 && viewModel.isEditable()) {
                        rowMenu(row).show(this, e.getScreenX(), e.getScreenY());
                        e.consume();
                    }
                });
            }

            @Override
            protected void updateItem(EntityRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(MARKED, !empty && row != null && viewModel.isMarked(row.id()));
                getStyleClass().remove("entity-group");
                if (!empty && row != null && row.id() < 0) {
                    getStyleClass().add("entity-group");
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, o, item) -> {
            if (!syncing && item != null && item.getValue().id() >= 0) {
                viewModel.select(item.getValue().id());
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                viewModel.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && selectedRow() != null) {
                rename(selectedRow());
                e.consume();
            }
        });
        Label empty = new Label(NewcomerHints.NO_ENTITIES);
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        tree.setPlaceholder(empty);
    }

    private EntityRow selectedRow() {
        TreeItem<EntityRow> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue().id() < 0 ? null : item.getValue();
    }

    /** Right-click: rename, change type, merge the other selected entities into this one, note, delete. */
    private ContextMenu rowMenu(EntityRow row) {
        var rename = new MenuItem("Rename… (F2)");
        rename.setOnAction(e -> rename(row));
        var type = new Menu("Type");
        for (EntityType t : EntityType.values()) {
            var item = new MenuItem(groupLabel(t));
            item.setDisable(t == row.type());
            item.setOnAction(e -> viewModel.retype(row.id(), t));
            type.getItems().add(item);
        }
        List<Long> others = tree.getSelectionModel().getSelectedItems().stream()
                .filter(i -> i != null && i.getValue().id() >= 0 && i.getValue().id() != row.id())
                .map(i -> i.getValue().id()).toList();
        var merge = new MenuItem(others.isEmpty() ? "Merge into this… (select others with Ctrl+click first)"
                : "Merge " + others.size() + " selected into “" + row.name() + "”");
        merge.setDisable(others.isEmpty());
        merge.setOnAction(e -> viewModel.merge(row.id(), others));
        var split = new Menu("Split off another name");
        for (String alias : viewModel.aliasesOf(row.id())) {
            var item = new MenuItem(alias);
            item.setOnAction(e -> viewModel.split(row.id(), alias));
            split.getItems().add(item);
        }
        split.setDisable(split.getItems().isEmpty());
        var note = new MenuItem("Add note…");
        note.setOnAction(e -> ask("Note on " + row.name(), "").ifPresent(text -> viewModel.addNote(row.id(), text)));
        var delete = new MenuItem("Delete");
        delete.setOnAction(e -> viewModel.delete(row.id()));
        return new ContextMenu(rename, type, merge, split, note, new SeparatorMenuItem(), delete);
    }

    private void rename(EntityRow row) {
        ask("Rename " + row.name(), row.name()).ifPresent(name -> viewModel.rename(row.id(), name));
    }

    private Optional<String> ask(String header, String value) {
        var dialog = new TextInputDialog(value);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Entity");
        dialog.setHeaderText(header);
        return dialog.showAndWait();
    }

    private void fill() {
        syncing = true;
        try {
            TreeItem<EntityRow> root = new TreeItem<>(new EntityRow(-1, "", EntityType.OTHER, "", 0, 0, false));
            for (Map.Entry<EntityType, List<EntityRow>> group : viewModel.groups().entrySet()) {
                String label = groupLabel(group.getKey()) + " (" + group.getValue().size() + ")";
                TreeItem<EntityRow> header = new TreeItem<>(new EntityRow(-2 - group.getKey().ordinal(), label, group.getKey(), "", 0, 0, false));
                header.setExpanded(true);
                group.getValue().forEach(row -> header.getChildren().add(new TreeItem<>(row)));
                root.getChildren().add(header);
            }
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        reselect(viewModel.selectedProperty().get());
    }

    private static String groupLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case LOCATION -> "Places";
            case WORK -> "Works";
            case OTHER -> "Other";
        };
    }

    private void reselect(Long id) {
        syncing = true;
        try {
            if (id == null || tree.getRoot() == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<EntityRow> group : tree.getRoot().getChildren()) {
                for (TreeItem<EntityRow> item : group.getChildren()) {
                    if (item.getValue().id() == id) {
                        tree.getSelectionModel().select(item);
                        int row = tree.getRow(item);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 2));
                        }
                        return;
                    }
                }
            }
            tree.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
        tree.refresh();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
