package org.onrecord.ui.entities;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.service.LargeSnapshot;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a case of 2,000 entities, showing another article or clicking an entity moves rows in the
 * entity tree with one change of a group's children (a permutation), makes no new tree item, and
 * the tree shows the list's rows in the list's order.
 */
@ExtendWith(ApplicationExtension.class)
class EntityTreeMovesTest {
    private static final LargeSnapshot CASE = new LargeSnapshot(10_000);
    private final WorkbenchState state = new WorkbenchState();
    private EntitiesViewModel viewModel;
    private TreeTableView<EntityRow> tree;
    private final List<TreeItem.TreeModificationEvent<EntityRow>> changes = new ArrayList<>();

    @Start
    void start(Stage stage) {
        state.replaceSnapshot(CASE.snapshot());
        state.selectArticle(4000L, PaneId.ARTICLES);
        viewModel = new EntitiesViewModel(state);
        EntitiesView view = new EntitiesView(viewModel);
        stage.setScene(new Scene(view, 500, 600));
        stage.show();
        tree = view.lookupAll("#entityTree").stream().map(n -> (TreeTableView<EntityRow>) n).findFirst().orElseThrow();
        EventHandler<TreeItem.TreeModificationEvent<EntityRow>> count = e -> {
            if (e.wasAdded() || e.wasRemoved() || e.wasPermutated()) {
                changes.add(e);
            }
        };
        tree.getRoot().addEventHandler(TreeItem.childrenModificationEvent(), count);
    }

    @Test
    void anotherArticleMovesItsEntitiesToTheTopInOneChange(FxRobot robot) {
        Set<TreeItem<EntityRow>> before = items(robot);

        robot.interact(() -> state.selectArticle(4001L, PaneId.ARTICLES));
        robot.interact(() -> { });

        assertThat(changes).as("changes of the children").hasSize(1);
        assertThat(changes.getFirst().wasPermutated()).isTrue();
        assertThat(items(robot)).as("tree items").isEqualTo(before);
        assertThat(shownRows(robot)).isEqualTo(listed());
        assertThat(shownRows(robot).getFirst().id()).isEqualTo(1 + 4001L % 2000);
    }

    @Test
    void clickingAnEntityMovesRowsInOneChangeAndSelectsIt(FxRobot robot) {
        Set<TreeItem<EntityRow>> before = items(robot);
        TreeTableRow<?> row = robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof EntityRow e && e.id() >= 0 && e.inArticle() == 0)
                .filter(Node::isVisible).findFirst().orElseThrow();
        long clicked = ((EntityRow) row.getItem()).id();

        robot.clickOn(row);
        robot.interact(() -> { });

        assertThat(state.context().primaryEntity()).isEqualTo(clicked);
        assertThat(changes).as("changes of the children").hasSizeLessThanOrEqualTo(1)
                .allSatisfy(e -> assertThat(e.wasPermutated()).isTrue());
        assertThat(items(robot)).as("tree items").isEqualTo(before);
        assertThat(shownRows(robot)).isEqualTo(listed());
        long[] selected = new long[1];
        robot.interact(() -> selected[0] = tree.getSelectionModel().getSelectedItem().getValue().id());
        assertThat(selected[0]).isEqualTo(clicked);
    }

    private List<EntityRow> listed() {
        return viewModel.groups().values().stream().flatMap(List::stream).toList();
    }

    private List<EntityRow> shownRows(FxRobot robot) {
        List<EntityRow> rows = new ArrayList<>();
        robot.interact(() -> tree.getRoot().getChildren()
                .forEach(group -> group.getChildren().forEach(item -> rows.add(item.getValue()))));
        return rows;
    }

    private Set<TreeItem<EntityRow>> items(FxRobot robot) {
        Set<TreeItem<EntityRow>> items = Collections.newSetFromMap(new IdentityHashMap<>());
        robot.interact(() -> tree.getRoot().getChildren().forEach(group -> items.addAll(group.getChildren())));
        return items;
    }
}
