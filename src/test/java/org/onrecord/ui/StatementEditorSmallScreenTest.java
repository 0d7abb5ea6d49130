package org.onrecord.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** The statement editor on a 1280×720 screen: every label and field whole and in view, Save reachable. */
@ExtendWith(ApplicationExtension.class)
class StatementEditorSmallScreenTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.preferences.putDouble("window.width", 1280);
        fixture.preferences.putDouble("window.height", 720);
        fixture.start(stage, dir.resolve("data"), new Rectangle2D(0, 0, 1280, 720));
    }

    @BeforeEach
    void openDemo() throws Exception {
        fixture.openDemoCopy(dir, "small");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyFieldAndLabelOfTheStatementEditorIsWholeAndSaveIsInView(FxRobot robot) {
        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        String words = "denied that the city had signed a secret agreement";
        waitUntil(() -> area.getText().contains(words));
        int start = area.getText().indexOf(words);
        long article = fixture.window.state().article();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + words.length());
            fixture.window.state().focus(new Focus.OnSpan(article, start, start + words.length()), PaneId.SOURCE);
        });
        robot.type(KeyCode.Q);
        Node editor = WorkbenchFixture.waitForLookup(robot, "#annotationEditor");
        waitUntil(() -> editor.isVisible() && robot.lookup("#editorDateSaidHint").tryQuery().isPresent());
        Scene scene = editor.getScene();
        assertThat(scene.getWidth()).isEqualTo(1280);
        assertThat(scene.getHeight()).isEqualTo(720);
        for (String id : new String[] {"#editorSpeaker", "#editorVia", "#editorKind", "#editorDateSaid", "#editorDateSaidHint",
                "#editorReported", "#editorNote", "#editorSave"}) {
            Node node = robot.lookup(id).query();
            assertThat(node.isVisible()).as(id + " visible").isTrue();
            Bounds b = node.localToScene(node.getBoundsInLocal());
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(scene.getWidth());
            assertThat(b.getMaxY()).as(id + " bottom").isLessThanOrEqualTo(scene.getHeight());
            assertThat(b.getWidth()).as(id + " width").isGreaterThan(20);
        }
        robot.from(editor).lookup((java.util.function.Predicate<Node>) n -> n instanceof Labeled).queryAll().forEach(n -> {
            Labeled labeled = (Labeled) n;
            if (labeled.getText() == null || labeled.getText().isEmpty() || !labeled.isVisible()) {
                return;
            }
            Text shown = (Text) labeled.lookup(".text");
            assertThat(shown == null ? labeled.getText() : shown.getText()).as("label “" + labeled.getText() + "” shown whole")
                    .isEqualTo(labeled.getText());
        });
        robot.clickOn("#editorSave");
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 14);
    }
}
