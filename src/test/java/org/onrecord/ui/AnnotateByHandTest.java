package org.onrecord.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Statement;
import org.onrecord.store.CaseStore;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.statements.StatementRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** The core workflow with keyboard and mouse: select words, press a key, fill the editor, Enter. */
@ExtendWith(ApplicationExtension.class)
class AnnotateByHandTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();
    Path caseFile;

    @Start
    void start(Stage stage) {
        fixture.start(stage, dir.resolve("data"));
    }

    @BeforeEach
    void openDemo() throws Exception {
        caseFile = fixture.openDemoCopy(dir, "annotate");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void select(FxRobot robot, String words) {
        fixture.selectInSource(robot, words);
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectingWordsPressingQAndFillingTheEditorAddsAStatementThatSurvivesReopening(FxRobot robot) {
        select(robot, "denied that the city had signed a secret agreement");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent());
        // "Mayor Ada Voss on Tuesday denied …" in an article of Wednesday 2021-03-10: said on the Tuesday before.
        assertThat(robot.lookup("#editorDateSaid").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("2021-03-09");
        robot.clickOn("#editorSpeaker").write("Mayor Ada Voss");
        robot.clickOn("#editorVia").write("Quayside Radio");
        robot.type(KeyCode.ENTER);
        TableView<StatementRow> table = robot.lookup("#statementTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 14);
        StatementRow added = table.getItems().stream().filter(r -> r.words().startsWith("denied that the city")).findFirst().orElseThrow();
        assertThat(added.speakerEntity()).isNotNull();
        // The words typed matched a name of an entity, so it is linked; the table names it as the report does.
        assertThat(added.speaker()).isEqualTo("Ada Voss");
        assertThat(added.via()).isEqualTo("Quayside Radio");
        fixture.close();
        try (CaseStore store = new org.onrecord.app.AppServices().cases().open(caseFile)) {
            assertThat(store.statements().all()).extracting(Statement::via).contains("Quayside Radio");
            assertThat(store.statements().all()).extracting(Statement::speaker).as("the words typed are kept")
                    .contains("Mayor Ada Voss");
        }
    }

    @Test
    void pressingEOnANewNameCreatesTheEntityWithAMention(FxRobot robot) {
        select(robot, "legal counsel");
        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#editorEntityName").tryQuery().isPresent());
        robot.interact(() -> fixture.window.state().snapshot());
        robot.clickOn("#editorSave");
        waitUntil(() -> fixture.window.state().snapshot().entities().stream().anyMatch(e -> e.name().equals("legal counsel")));
        assertThat(fixture.window.state().snapshot().mentions()).anyMatch(m -> m.span().text().equals("legal counsel"));
    }

    @Test
    void pressingTProposesTheDateResolvedAgainstThePublicationDateAndSavesTheEvent(FxRobot robot) {
        select(robot, "March 18");
        robot.type(KeyCode.T);
        waitUntil(() -> robot.lookup("#editorDateValue").tryQuery().isPresent());
        assertThat(robot.lookup("#editorDateValue").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("2021-03-18");
        robot.clickOn("#editorDescription").write("Council session").type(KeyCode.ENTER);
        waitUntil(() -> fixture.window.state().snapshot().events().stream().anyMatch(e -> "Council session".equals(e.description())));
        assertThat(fixture.window.state().snapshot().events().stream().filter(e -> "Council session".equals(e.description()))
                .findFirst().orElseThrow().date().from()).isEqualTo(java.time.LocalDate.of(2021, 3, 18));
    }

    @Test
    void ctrlZUndoesTheStatementAndCtrlShiftZRedoesIt(FxRobot robot) {
        select(robot, "for forty years");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent());
        robot.clickOn("#editorSpeaker").write("Jonas Brekke").type(KeyCode.TAB);
        robot.clickOn("#editorSave");
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 14);
        robot.clickOn("#statementTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 13);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 14);
        assertThat(fixture.window.state().snapshot().statements())
                .anyMatch(s -> s.span().text().equals("for forty years") && "Jonas Brekke".equals(s.speaker()));
    }

    /**
     * Seen once: a selection made with the mouse just after Ctrl+Shift+Z was replaced by the redone
     * statement's words when the redo reached the panes. The researcher's selection wins.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aMouseSelectionRightAfterRedoIsKeptNotReplacedByTheRedoneStatementsWords(FxRobot robot) throws Exception {
        select(robot, "for forty years");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent());
        robot.clickOn("#editorSpeaker").write("Jonas Brekke").type(KeyCode.TAB);
        robot.clickOn("#editorSave");
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 14);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 13);

        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        String words = "legal counsel";
        int at = area.getText().indexOf(words);
        Bounds first = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow()).get(5, TimeUnit.SECONDS);
        Bounds last = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at + words.length() - 1, at + words.length())
                .orElseThrow()).get(5, TimeUnit.SECONDS);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        // at once, before the redo has reached the panes: drag over other words
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY())).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY())).release(MouseButton.PRIMARY);

        TableView<StatementRow> table = robot.lookup("#statementTable").queryAs(TableView.class);
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 14 && table.getItems().size() == 14);
        WaitForAsyncUtils.waitForFxEvents(4);
        assertThat(area.getSelectedText()).isEqualTo(words);
        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#editorEntityName").tryQuery().isPresent());
        assertThat(robot.lookup("#editorEntityName").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(words);
    }

    @Test
    void deleteRemovesTheFocusedStatementAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn("We stand by every page.");
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnStatement);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 12);
        robot.interact(() -> fixture.window.undo());
        waitUntil(() -> fixture.window.state().snapshot().statements().size() == 13);
    }

    @Test
    void suggestedDatesAreAcceptedOrRejectedByTheResearcher(FxRobot robot) {
        int before = fixture.window.state().snapshot().events().size();
        robot.interact(() -> fixture.window.commandsForTest().suggest(org.onrecord.progress.Progress.NONE));
        waitUntil(() -> fixture.window.state().snapshot().events().size() > before);
        var suggestion = fixture.window.state().snapshot().events().stream()
                .filter(e -> e.state() == org.onrecord.model.ReviewState.SUGGESTED).findFirst().orElseThrow();
        robot.interact(() -> fixture.window.state().focus(new Focus.OnEvent(suggestion.id()), PaneId.TIMELINE));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().event(suggestion.id()).orElseThrow().state()
                == org.onrecord.model.ReviewState.ACCEPTED);
        robot.interact(() -> fixture.window.undo());
        waitUntil(() -> fixture.window.state().snapshot().event(suggestion.id()).orElseThrow().state()
                == org.onrecord.model.ReviewState.SUGGESTED);
    }

    @Test
    void wordsSelectedWithTheKeyboardCanBeMarkedToo(FxRobot robot) {
        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> area.getText().contains("Harbour Workers"));
        int at = area.getText().indexOf("legal counsel");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(at);
        });
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < "legal counsel".length(); i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#editorEntityName").tryQuery().isPresent()
                && robot.lookup("#editorEntityName").queryAs(javafx.scene.control.TextField.class).getText().equals("legal counsel"));
    }

    @Test
    void escapeCancelsTheEditorAndSavesNothing(FxRobot robot) {
        select(robot, "forty years");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#annotationEditor").queryAs(javafx.scene.Node.class).isVisible());
        assertThat(fixture.window.state().snapshot().statements()).hasSize(13);
    }
}
