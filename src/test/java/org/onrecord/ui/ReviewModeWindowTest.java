package org.onrecord.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.service.SuggestedCase;
import org.onrecord.ui.review.ReviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/**
 * The review mode in the real window, driven from the keyboard through the robot (key pressed,
 * typed, released) on a case whose suggestions are stored as the analysis stores them.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewModeWindowTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage, dir.resolve("data"));
    }

    @BeforeEach
    void openCase() throws Exception {
        Path file = SuggestedCase.file(fixture.services, Files.createTempDirectory(dir, "case"));
        fixture.openAndWait(file);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ReviewViewModel review() {
        return fixture.window.review();
    }

    private int left() {
        return review().unreviewedProperty().get();
    }

    private String words() {
        return review().current() == null ? null : review().current().span().text();
    }

    private String countLabel(FxRobot robot) {
        return robot.lookup("#reviewCount").queryAs(Label.class).getText();
    }

    private void startReview(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> review().isActive() && review().current() != null
                && robot.lookup("#reviewBar").queryAs(Node.class).isVisible());
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    private ReviewState mentionState(long entity, String words) {
        return fixture.window.state().snapshot().mentionsOf(entity).stream().filter(m -> m.span().text().equals(words))
                .map(Mention::state).findFirst().orElseThrow();
    }

    @Test
    void aCaseWithSuggestedStatementsShowsHowSureTheRulesWere(FxRobot robot) {
        assertThat(robot.lookup("#kindUnsureFilter").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#statementTable").queryAs(TableView.class).getVisibleLeafColumns())
                .extracting(c -> ((TableColumn<?, ?>) c).getText()).contains("Sure");
    }

    @Test
    void theKeysWalkAcceptRejectAndCtrlZTakesEachBack(FxRobot robot) {
        assertThat(countLabel(robot)).isEqualTo("11 suggestions to review (Ctrl+Shift+R)");
        startReview(robot);
        assertThat(words()).isEqualTo("Maria Lund");
        assertThat(robot.lookup("#reviewEvidence").queryAs(Label.class).getText())
                .isEqualTo("“Maria Lund” in Harbour talks resume, ¶2 · proposed by NER: PERSON");

        robot.type(KeyCode.N);
        waitUntil(() -> "Tomas Berg".equals(words()));
        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        assertThat(area.getText()).contains("Tomas Berg");

        robot.type(KeyCode.A);
        waitUntil(() -> left() == 10 && "Elling".equals(words()));
        long berg = review().items().stream().filter(s -> s.span().text().equals("Berg")).findFirst().orElseThrow().entityId();
        assertThat(mentionState(berg, "Tomas Berg")).isEqualTo(ReviewState.ACCEPTED);
        assertThat(countLabel(robot)).isEqualTo("10 suggestions to review (Ctrl+Shift+R)");

        robot.type(KeyCode.P);
        waitUntil(() -> "Maria Lund".equals(words()));
        robot.type(KeyCode.R);
        waitUntil(() -> left() == 9);
        long lund = fixture.window.state().snapshot().entities().stream().filter(e -> e.name().equals("Maria Lund")).findFirst()
                .orElseThrow().id();
        assertThat(mentionState(lund, "Maria Lund")).isEqualTo(ReviewState.REJECTED);

        undo(robot);
        waitUntil(() -> left() == 10 && "Maria Lund".equals(words()));
        assertThat(mentionState(lund, "Maria Lund")).isEqualTo(ReviewState.SUGGESTED);
        undo(robot);
        waitUntil(() -> left() == 11);
        assertThat(mentionState(berg, "Tomas Berg")).isEqualTo(ReviewState.SUGGESTED);
        assertThat(review().isActive()).isTrue();

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !review().isActive() && !robot.lookup("#reviewBar").queryAs(Node.class).isVisible());
        robot.type(KeyCode.A);
        robot.type(KeyCode.R);
        assertThat(left()).as("outside review mode A and R do nothing").isEqualTo(11);
    }

    @Test
    void aBulkActionIsOneStepAndCtrlZUndoesItWhole(FxRobot robot) {
        startReview(robot);
        String label = "Accept " + review().bulkLabel(ReviewViewModel.Scope.TYPE).orElseThrow();
        assertThat(label).isEqualTo("Accept 5 PERSON mentions");

        robot.clickOn("#reviewAll");
        robot.clickOn(label);
        waitUntil(() -> left() == 6);
        assertThat(fixture.window.actions().undoDescription()).contains("Accept all 5 suggested PERSON mentions");
        assertThat(words()).isEqualTo("Elling");

        undo(robot);
        waitUntil(() -> left() == 11);
    }

    @Test
    void eOpensTheEditorOnTheSuggestionAndTypesNothingIntoIt(FxRobot robot) {
        startReview(robot);
        robot.type(KeyCode.N);
        waitUntil(() -> "Tomas Berg".equals(words()));
        StyleClassedTextArea area = robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> area.getText().contains("Tomas Berg"));

        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#editorEntityName").tryQuery().isPresent()
                && robot.lookup("#editorEntityName").queryAs(TextField.class).isVisible());
        TextField name = robot.lookup("#editorEntityName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Tomas Berg");

        robot.type(KeyCode.A); // typing in the editor types; it does not accept
        assertThat(name.getText()).endsWith("a");
        assertThat(left()).isEqualTo(11);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#annotationEditor").queryAs(Node.class).isVisible()) {
            robot.type(KeyCode.ESCAPE); // the first Esc closed the name's completion list
        }
        waitUntil(() -> !robot.lookup("#annotationEditor").queryAs(Node.class).isVisible());
        assertThat(review().isActive()).as("Esc closed the editor, not the review").isTrue();

        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#editorEntityName").queryAs(TextField.class).isVisible()
                && robot.lookup("#editorEntityName").queryAs(TextField.class).isFocused());
        assertThat(name.getText()).isEqualTo("Tomas Berg");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> left() == 10 && "Elling".equals(words()));
        assertThat(fixture.window.actions().undoDescription()).as("the researcher's mark replaced the suggestion")
                .contains("Reject “Tomas Berg”");
    }

    @Test
    void reviewKeysNeverTypeIntoATextFieldNorActFromIt(FxRobot robot) {
        startReview(robot);
        robot.clickOn("#searchField");
        robot.type(KeyCode.A, KeyCode.N);

        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("an");
        assertThat(words()).isEqualTo("Maria Lund");
        assertThat(left()).isEqualTo(11);

        robot.clickOn("#reviewPosition"); // a click on the bar gives it the keyboard back
        robot.type(KeyCode.N);
        waitUntil(() -> "Tomas Berg".equals(words()));
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("an");
    }
}
