package org.onrecord.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** The whole window at 1280×720, the commonest laptop screen: nothing cut off, nothing squeezed out. */
@ExtendWith(ApplicationExtension.class)
class LaptopScreenTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.preferences.putDouble("window.width", 1920);
        fixture.preferences.putDouble("window.height", 1200);
        fixture.window = new MainWindow(stage, fixture.services, new FxTaskRunner(fixture.services.workers()), fixture.preferences,
                dir.resolve("data"));
        // A size kept from a big monitor: the window must still fit the laptop's screen.
        stage.setScene(fixture.window.scene(new Rectangle2D(0, 0, 1280, 720)));
        stage.show();
    }

    @BeforeEach
    void openDemo() throws Exception {
        fixture.openDemoCopy(dir, "laptop");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theWindowFitsTheScreenWithTheStatusBarInView(FxRobot robot) {
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(1280);
        assertThat(scene.getHeight()).isEqualTo(720);
        Node status = robot.lookup(".status-bar").query();
        Bounds b = status.localToScene(status.getBoundsInLocal());
        assertThat(status.isVisible()).isTrue();
        assertThat(b.getHeight()).isGreaterThan(15);
        assertThat(b.getMaxY()).isLessThanOrEqualTo(scene.getHeight() + 0.5);
        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(900);
        assertThat(stage.getMinHeight()).isGreaterThanOrEqualTo(560);
    }

    @Test
    void atLeastSixStatementRowsAreWhollyInView(FxRobot robot) {
        Node table = robot.lookup("#statementTable").query();
        waitUntil(() -> wholeRows(table) >= 6);
        assertThat(wholeRows(table)).isGreaterThanOrEqualTo(6);
    }

    @Test
    void noLabelInTheArticleDetailsIsCutShort(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#detailTitle").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        Parent details = robot.lookup(".details-pane").query();
        assertThat(labels(details)).extracting(Labeled::getText).contains("Title", "Outlet", "Author", "Published");
        assertThat(truncated(details)).isEmpty();
    }

    @Test
    void noLabelInTheEditorsIsCutShort(FxRobot robot) {
        for (KeyCode key : List.of(KeyCode.Q, KeyCode.E, KeyCode.T)) {
            select(robot, "March 18");
            robot.type(key);
            waitUntil(() -> robot.lookup("#annotationEditor").query().isVisible());
            Parent editor = robot.lookup("#annotationEditor").query();
            assertThat(labels(editor)).as("labels of the %s editor", key).hasSizeGreaterThan(2);
            assertThat(truncated(editor)).as("cut labels in the %s editor", key).isEmpty();
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !robot.lookup("#annotationEditor").query().isVisible());
        }
    }

    /** Issue 9: the kind column cut "Accusation" and "No comment (reported)" to "Accus…" and "No com…". */
    @Test
    void noKindInTheStatementTableIsCutShort(FxRobot robot) {
        Parent table = robot.lookup("#statementTable").query();
        waitUntil(() -> !kindCells(table).isEmpty());
        List<TableCell<?, ?>> cells = kindCells(table);
        assertThat(cells).extracting(Labeled::getText).contains("Accusation", "No comment (reported)");
        for (TableCell<?, ?> cell : cells) {
            Node text = cell.lookup(".text");
            assertThat(text).isInstanceOf(Text.class);
            assertThat(((Text) text).getText()).as("kind cell").isEqualTo(cell.getText());
        }
    }

    /** Seen at 1280×720: the entity group "Organisations (3)" drawn as "Organisation…" and the words squeezed to a few letters. */
    @Test
    @SuppressWarnings("unchecked")
    void entityGroupLabelsAreWholeAndTheWordsHaveTheMostRoom(FxRobot robot) {
        Parent tree = robot.lookup("#entityTree").query();
        waitUntil(() -> !groupCells(tree).isEmpty());
        for (Labeled group : groupCells(tree)) {
            assertThat(group.getText()).matches(".+ \\(\\d+\\)");
            assertThat(((Text) group.lookup(".text")).getText()).as("group label").isEqualTo(group.getText());
        }
        TableView<?> table = robot.lookup("#statementTable").queryAs(TableView.class);
        TableColumn<?, ?> words = table.getColumns().getFirst();
        assertThat(words.getText()).isEqualTo("Words");
        // Kind and Said are never cut (their own tests); of the columns that may end in "…", the words get the most room.
        for (TableColumn<?, ?> other : table.getColumns().subList(1, table.getColumns().size())) {
            if (!List.of("Kind", "Said").contains(other.getText())) {
                assertThat(words.getWidth()).as("Words beside " + other.getText()).isGreaterThanOrEqualTo(2 * other.getWidth());
            }
        }
        assertThat(words.getWidth()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theArticleListShowsWholeDaysAndEveryCountColumn(FxRobot robot) {
        TableView<?> articles = robot.lookup("#articleTable").queryAs(TableView.class);
        waitUntil(() -> !articles.getItems().isEmpty());
        List<TableCell<?, ?>> days = new ArrayList<>();
        for (Node n : articles.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && "Date".equals(cell.getTableColumn().getText())
                    && cell.getText() != null && !cell.getText().isBlank() && cell.isVisible()) {
                days.add(cell);
            }
        }
        assertThat(days).isNotEmpty();
        for (TableCell<?, ?> day : days) {
            assertThat(((Text) day.lookup(".text")).getText()).as("day shown whole").isEqualTo(day.getText());
        }
        double columns = articles.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("every column inside the table, the last count included").isLessThanOrEqualTo(articles.getWidth());
    }

    private static List<Labeled> groupCells(Parent tree) {
        List<Labeled> found = new ArrayList<>();
        for (Node n : tree.lookupAll(".tree-table-row-cell.entity-group .tree-table-cell")) {
            if (n instanceof Labeled cell && cell.getText() != null && !cell.getText().isBlank() && cell.isVisible()) {
                found.add(cell);
            }
        }
        return found;
    }

    private static List<TableCell<?, ?>> kindCells(Parent table) {
        List<TableCell<?, ?>> found = new ArrayList<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && "Kind".equals(cell.getTableColumn().getText())
                    && cell.getText() != null && !cell.getText().isBlank() && cell.isVisible()) {
                found.add(cell);
            }
        }
        return found;
    }

    private void select(FxRobot robot, String words) {
        fixture.selectInSource(robot, words);
    }

    /** Rows with a statement whose whole height lies inside the table's scrolling area. */
    private static long wholeRows(Node table) {
        Node flow = table.lookup(".virtual-flow");
        Bounds area = flow.localToScene(flow.getLayoutBounds());
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && row.getItem() != null && row.isVisible())
                .map(n -> n.localToScene(n.getBoundsInLocal()))
                .filter(b -> b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5)
                .count();
    }

    private static List<Labeled> labels(Parent root) {
        List<Labeled> found = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if ((n instanceof Label || n instanceof CheckBox) && n.isVisible() && ((Labeled) n).getText() != null
                    && !((Labeled) n).getText().isBlank() && n.getParent() != null && n.getParent().isVisible()) {
                found.add((Labeled) n);
            }
        }
        return found;
    }

    /** "Title" drawn as "Ti…": the skin's text node shows other words than the label holds. */
    private static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Labeled labeled : labels(root)) {
            Node text = labeled.lookup(".text");
            if (text instanceof Text shown && !shown.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " shown as " + shown.getText());
            }
        }
        return cut;
    }
}
