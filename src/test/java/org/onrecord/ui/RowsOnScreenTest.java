package org.onrecord.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.ui.common.DemoCaseFixture;
import org.onrecord.ui.entities.EntitiesView;
import org.onrecord.ui.entities.EntitiesViewModel;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.statements.StatementsView;
import org.onrecord.ui.statements.StatementsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement table and the entity tree lay out rows of one fixed height (a focus change or a
 * scroll then measures no cell), and that height is the one their rows take by themselves, so
 * nothing is cut: the same table without the fixed height is laid out and its rows measured.
 */
@ExtendWith(ApplicationExtension.class)
class RowsOnScreenTest {
    private DemoCaseFixture demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = new DemoCaseFixture(Files.createTempDirectory("rows"));
        StatementsView statements = new StatementsView(new StatementsViewModel(demo.state, demo.edits));
        EntitiesView entities = new EntitiesView(new EntitiesViewModel(demo.state, demo.edits));
        Scene scene = new Scene(new HBox(statements, entities), 1300, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        PaneFactory.stylesheets().forEach(css -> scene.getStylesheets().add(css));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void statementRowsHaveOneFixedHeightTheirOwn(FxRobot robot) {
        assertFixedAndNatural(robot, "#statementTable");
    }

    @Test
    void entityRowsHaveOneFixedHeightTheirOwn(FxRobot robot) {
        assertFixedAndNatural(robot, "#entityTree");
    }

    private void assertFixedAndNatural(FxRobot robot, String id) {
        Control control = robot.lookup(id).queryAs(Control.class);
        robot.interact(() -> demo.state.focus(new Focus.OnStatement(demo.state.snapshot().statements().getFirst().id()), PaneId.STATEMENTS));
        robot.interact(() -> control.setStyle("-fx-fixed-cell-size: -1"));
        robot.interact(() -> { });
        List<Double> natural = rowHeights(control);
        robot.interact(() -> control.setStyle(""));
        robot.interact(() -> { });
        double fixed = fixedCellSize(control);
        assertThat(fixed).as("fixed cell size of %s (rows by themselves: %s)", id, natural).isPositive();
        assertThat(natural).isNotEmpty().allSatisfy(h -> assertThat(h).isBetween(fixed - 0.5, fixed + 0.5));
    }

    private static double fixedCellSize(Control control) {
        return control instanceof TableView<?> t ? t.getFixedCellSize() : ((TreeTableView<?>) control).getFixedCellSize();
    }

    /** Heights of the rows holding an item (cells of the flow, not of the header). */
    private static List<Double> rowHeights(Parent control) {
        List<Double> heights = new ArrayList<>();
        collect(control, heights);
        return heights;
    }

    private static void collect(Node node, List<Double> heights) {
        if (node instanceof IndexedCell<?> cell && (cell.getStyleClass().contains("table-row-cell")
                || cell.getStyleClass().contains("tree-table-row-cell"))) {
            if (!cell.isEmpty() && cell.isVisible()) {
                heights.add(cell.getHeight());
            }
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> collect(n, heights));
        }
    }
}
