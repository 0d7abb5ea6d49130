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
import org.onrecord.ui.common.VisibleRows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.WeakHashMap;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.text.Text;
import java.util.Set;

/** Entities grouped by type: name, other names, mentions in this article and in the case. */
public final class EntitiesView extends VBox {
    /** The disclosure arrow before a group's label, its gap and the cell's padding. */
    private static final double GROUP_INDENT = 40;
    /** "Here" and "Case": a count of a few digits, and their headers whole. */
    private static final double COUNT_WIDTH = 46;
    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");

    private final EntitiesViewModel viewModel;
    private final TreeTableView<EntityRow> tree = new TreeTableView<>();
    private final Map<Long, TreeItem<EntityRow>> items = new HashMap<>();
    private final Map<EntityType, TreeItem<EntityRow>> headers = new EnumMap<>(EntityType.class);
    /** The rows the tree made (a screenful and a few spare): marks are set on them directly. */
    private final Set<TreeTableRow<EntityRow>> liveRows = Collections.newSetFromMap(new WeakHashMap<>());
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
        viewModel.markedProperty().addListener((obs, o, n) -> remark());
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
        // A group's label ("Organisations (12)") is drawn in this column after the disclosure arrow: never cut.
        name.setMinWidth(Math.ceil(new Text(groupLabel(EntityType.ORGANIZATION) + " (000)").getLayoutBounds().getWidth()) + GROUP_INDENT);
        TreeTableColumn<EntityRow, String> aliases = new TreeTableColumn<>("Also called");
        aliases.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue().aliases()));
        aliases.setPrefWidth(140);
        TreeTableColumn<EntityRow, Integer> here = new TreeTableColumn<>("Here");
        here.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().getValue().id() < 0 ? null : c.getValue().getValue().inArticle()));
        here.setPrefWidth(48);
        here.setMinWidth(COUNT_WIDTH);
        here.setMaxWidth(COUNT_WIDTH + 16);
        TreeTableColumn<EntityRow, Integer> total = new TreeTableColumn<>("Case");
        total.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().getValue().id() < 0 ? null : c.getValue().getValue().inCase()));
        total.setPrefWidth(48);
        total.setMinWidth(COUNT_WIDTH);
        total.setMaxWidth(COUNT_WIDTH + 16);
        tree.getColumns().add(name);
        tree.getColumns().add(aliases);
        tree.getColumns().add(here);
        tree.getColumns().add(total);
        // Name and other names share a change of width; the counts keep theirs.
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setRowFactory(t -> new TreeTableRow<>() {
            {
                liveRows.add(this);
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
                // A style class changed makes the row's CSS be matched again: change it only for a row that turns into a group or back.
                boolean group = !empty && row != null && row.id() < 0;
                if (group != getStyleClass().contains("entity-group")) {
                    if (group) {
                        getStyleClass().add("entity-group");
                    } else {
                        getStyleClass().remove("entity-group");
                    }
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

    /**
     * Shows the view model's groups, reusing the tree's items: a row whose values changed gets them
     * set, and a group's children are replaced only when their order changed, so showing another
     * article (which moves its entities to the top) does not rebuild a tree of thousands of items.
     */
    private void fill() {
        syncing = true;
        try {
            TreeItem<EntityRow> root = tree.getRoot();
            if (root == null) {
                root = new TreeItem<>(new EntityRow(-1, "", EntityType.OTHER, "", 0, 0, false));
                tree.setRoot(root);
            }
            List<TreeItem<EntityRow>> shownGroups = new ArrayList<>();
            Set<TreeItem<EntityRow>> changed = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Long> shown = new HashSet<>();
            for (Map.Entry<EntityType, List<EntityRow>> group : viewModel.groups().entrySet()) {
                EntityType type = group.getKey();
                String label = groupLabel(type) + " (" + group.getValue().size() + ")";
                EntityRow headerRow = new EntityRow(-2 - type.ordinal(), label, type, "", 0, 0, false);
                TreeItem<EntityRow> header = headers.computeIfAbsent(type, t -> {
                    TreeItem<EntityRow> h = new TreeItem<>(headerRow);
                    h.setExpanded(true);
                    return h;
                });
                setIfChanged(header, headerRow);
                List<TreeItem<EntityRow>> children = new ArrayList<>(group.getValue().size());
                for (EntityRow row : group.getValue()) {
                    TreeItem<EntityRow> item = items.get(row.id());
                    if (item == null) {
                        item = new TreeItem<>(row);
                        items.put(row.id(), item);
                        changed.add(item);
                    } else if (setIfChanged(item, row)) {
                        changed.add(item);
                    }
                    children.add(item);
                    shown.add(row.id());
                }
                reorder(header.getChildren(), children, changed);
                shownGroups.add(header);
            }
            items.keySet().retainAll(shown);
            if (!root.getChildren().equals(shownGroups)) {
                root.getChildren().setAll(shownGroups);
            }
        } finally {
            syncing = false;
        }
        reselect(viewModel.selectedProperty().get());
    }

    private static boolean setIfChanged(TreeItem<EntityRow> item, EntityRow row) {
        if (item.getValue().equals(row)) {
            return false;
        }
        item.setValue(row);
        return true;
    }

    /**
     * Brings a group's children into the wanted order. Showing another article keeps a group's
     * entities and moves those it names to the top (and the last article's back): the same items
     * in another order, which one sort of the children makes as one permutation (one change for
     * the tree, where moving each item was two changes, each shifting the selection and the rows).
     * Otherwise only the items that changed are moved; anything more is replaced whole.
     */
    static <T> void reorder(ObservableList<TreeItem<T>> children, List<TreeItem<T>> want, Set<TreeItem<T>> changed) {
        if (children.equals(want)) {
            return;
        }
        if (sameItems(children, want)) {
            Map<TreeItem<T>, Integer> place = new IdentityHashMap<>(want.size() * 2);
            for (int i = 0; i < want.size(); i++) {
                place.put(want.get(i), i);
            }
            FXCollections.sort(children, Comparator.comparingInt(place::get));
            return;
        }
        Set<TreeItem<T>> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(want);
        kept.removeAll(changed);
        List<TreeItem<T>> stay = children.stream().filter(kept::contains).toList();
        int moves = children.size() - stay.size() + want.size() - stay.size();
        if (!stay.equals(want.stream().filter(kept::contains).toList()) || moves > 2 * (want.size() / 10 + 10)) {
            children.setAll(want);
            return;
        }
        children.removeIf(item -> !kept.contains(item));
        for (int i = 0; i < want.size(); i++) {
            if (i >= children.size() || children.get(i) != want.get(i)) {
                children.add(i, want.get(i));
            }
        }
    }

    /** Whether both hold the same items (each once), in any order. */
    private static <T> boolean sameItems(List<TreeItem<T>> children, List<TreeItem<T>> want) {
        if (children.size() != want.size()) {
            return false;
        }
        Set<TreeItem<T>> wanted = Collections.newSetFromMap(new IdentityHashMap<>(want.size() * 2));
        wanted.addAll(want);
        return wanted.size() == want.size() && children.stream().allMatch(wanted::contains) && distinct(children);
    }

    private static <T> boolean distinct(List<TreeItem<T>> items) {
        Set<TreeItem<T>> seen = Collections.newSetFromMap(new IdentityHashMap<>(items.size() * 2));
        for (TreeItem<T> item : items) {
            if (!seen.add(item)) {
                return false;
            }
        }
        return true;
    }

    /** The focus moved: only the rows on screen change their mark (no cell is made again). */
    private void remark() {
        for (TreeTableRow<EntityRow> row : liveRows) {
            EntityRow item = row.getItem();
            row.pseudoClassStateChanged(MARKED, !row.isEmpty() && item != null && viewModel.isMarked(item.id()));
        }
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
            TreeItem<EntityRow> item = id == null ? null : items.get(id);
            if (item == null || item.getParent() == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            // Already among the selected (a Ctrl+click choosing entities to merge): the selection stays as it is.
            if (!tree.getSelectionModel().getSelectedItems().contains(item)) {
                tree.getSelectionModel().clearAndSelect(tree.getRow(item));
            }
            VisibleRows.reveal(tree, tree.getRow(item), row -> tree.scrollTo(Math.max(0, row - 2)));
        } finally {
            syncing = false;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
