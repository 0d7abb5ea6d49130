package org.onrecord.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.ui.state.Focus;
import org.testfx.api.FxRobot;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** The hand workflow from the keyboard, typed through the robot as a person types (press, typed, release). */
class KeyboardFirstTest extends WindowTest {
    @BeforeEach
    void openDemo() throws Exception {
        openDemoCopy("keys");
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#sourcePane .styled-text-area").queryAs(StyleClassedTextArea.class);
    }

    private void select(FxRobot robot, String words) {
        fixture.selectInSource(robot, words);
    }

    private TextField field(FxRobot robot, String id) {
        return WorkbenchFixture.waitForLookup(robot, id);
    }

    private boolean editorOpen(FxRobot robot) {
        return robot.lookup("#annotationEditor").queryAs(javafx.scene.Node.class).isVisible();
    }

    private int statements() {
        return fixture.window.state().snapshot().statements().size();
    }

    @Test
    void theKeyThatOpensAnEditorNeverTypesIntoIt(FxRobot robot) {
        for (int round = 0; round < 3; round++) {
            select(robot, "for forty years");
            robot.type(KeyCode.Q);
            waitUntil(() -> editorOpen(robot) && robot.lookup("#editorSpeaker").tryQuery().isPresent());
            assertThat(field(robot, "#editorSpeaker").getText()).as("speaker after Q, round " + round).isEmpty();
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !editorOpen(robot));

            select(robot, "legal counsel");
            robot.type(KeyCode.E);
            waitUntil(() -> editorOpen(robot) && robot.lookup("#editorEntityName").tryQuery().isPresent());
            assertThat(field(robot, "#editorEntityName").getText()).as("entity name after E, round " + round).isEqualTo("legal counsel");
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !editorOpen(robot));

            select(robot, "Feb. 12");
            robot.type(KeyCode.T);
            waitUntil(() -> editorOpen(robot) && robot.lookup("#editorDateValue").tryQuery().isPresent());
            assertThat(field(robot, "#editorDateValue").getText()).as("date after T, round " + round).isEqualTo("2021-02-12");
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !editorOpen(robot));
        }
    }

    @Test
    void undoAndRedoShortcutsWorkAfterTheEditMenuWasShownWithNothingToUndo(FxRobot robot) {
        robot.clickOn("Edit");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        select(robot, "for forty years");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent() && field(robot, "#editorSpeaker").isFocused());
        robot.write("Jonas Brekke").type(KeyCode.ENTER);
        waitUntil(() -> statements() == 14);
        robot.clickOn("Edit");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> statements() == 13);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> statements() == 14);
    }

    @Test
    void aSuggestionClickedInTheTextIsAcceptedWithCtrlEnterAndRejectedWithCtrlShiftDelete(FxRobot robot) throws Exception {
        int before = fixture.window.state().snapshot().events().size();
        robot.interact(() -> fixture.window.commandsForTest().suggest(org.onrecord.progress.Progress.NONE));
        waitUntil(() -> fixture.window.state().snapshot().events().size() > before);
        long article = fixture.window.state().article();
        StyleClassedTextArea area = area(robot);
        Event suggestion = fixture.window.state().snapshot().events().stream()
                .filter(e -> e.articleId() == article && e.state() == ReviewState.SUGGESTED)
                .min(Comparator.comparingInt(e -> e.span().start())).orElseThrow();
        clickInText(robot, area, suggestion.span());
        waitUntil(() -> fixture.window.state().focus().focus() instanceof Focus.OnSpan);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().event(suggestion.id()).orElseThrow().state() == ReviewState.ACCEPTED);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().event(suggestion.id()).orElseThrow().state() == ReviewState.SUGGESTED);
        Event another = suggestion;
        clickInText(robot, area, another.span());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DELETE).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().event(another.id()).orElseThrow().state() == ReviewState.REJECTED);
    }

    private void clickInText(FxRobot robot, StyleClassedTextArea area, TextSpan span) throws Exception {
        int middle = (span.start() + span.end()) / 2;
        robot.interact(() -> area.showParagraphAtTop(area.offsetToPosition(middle, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WorkbenchFixture.waitUntil(() -> true);
        Bounds b = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(middle, middle + 1).orElseThrow()).get(5, java.util.concurrent.TimeUnit.SECONDS);
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
    }

    @Test
    void fastTypingThenTabKeepsWhatWasTypedAndOnlyAnExplicitChoiceCompletes(FxRobot robot) {
        long article = fixture.window.state().article();
        robot.interact(() -> fixture.window.commandsForTest().addStatement(article, new TextSpan(0, 5, "Mayor"), "claim", null, null,
                "memo to employees", true, null, null));
        waitUntil(() -> statements() == 14);
        select(robot, "for forty years");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent() && field(robot, "#editorSpeaker").isFocused());
        robot.type(KeyCode.TAB);
        robot.write("memo", 30);
        org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.type(KeyCode.TAB);
        assertThat(field(robot, "#editorVia").getText()).as("Tab with the list open keeps the typed text").isEqualTo("memo");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT).type(KeyCode.END);
        robot.write(" to staff", 30);
        robot.type(KeyCode.TAB);
        assertThat(field(robot, "#editorVia").getText()).isEqualTo("memo to staff");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> statements() == 15);
        assertThat(fixture.window.state().snapshot().statements()).anyMatch(s -> "memo to staff".equals(s.via()));

        select(robot, "to lease the");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent() && field(robot, "#editorSpeaker").isFocused());
        robot.write("Brek", 30);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(field(robot, "#editorSpeaker").getText()).isEqualTo("Brekke");
        assertThat(editorOpen(robot)).as("Enter on a picked suggestion completes, it does not save").isTrue();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> statements() == 16);
    }

    @Test
    void afterSavingTheTextHasTheKeyboardTheNewStatementIsSelectedAndTheStatusSaysHowToUndo(FxRobot robot) {
        StyleClassedTextArea area = area(robot);
        select(robot, "for forty years");
        int caret = area.getCaretPosition();
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent() && field(robot, "#editorSpeaker").isFocused());
        robot.write("Jonas Brekke").type(KeyCode.ENTER);
        waitUntil(() -> statements() == 14 && fixture.window.state().focus().focus() instanceof Focus.OnStatement);
        Statement added = fixture.window.state().snapshot().statements().stream()
                .filter(s -> s.span().text().equals("for forty years")).findFirst().orElseThrow();
        assertThat(((Focus.OnStatement) fixture.window.state().focus().focus()).statementId()).isEqualTo(added.id());
        assertThat(area.isFocused()).isTrue();
        assertThat(area.getCaretPosition()).isEqualTo(caret);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("added").contains("Ctrl+Z");
        // The keyboard is back in the text: the next Q opens the editor at once.
        select(robot, "to lease the");
        robot.type(KeyCode.Q);
        waitUntil(() -> editorOpen(robot));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !editorOpen(robot) && area.isFocused());
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("Cancelled");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKindIsOneKeyAndEnterSavesFromTheKindDropDown(FxRobot robot) {
        select(robot, "for forty years");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorSpeaker").tryQuery().isPresent() && field(robot, "#editorSpeaker").isFocused());
        robot.write("Jonas Brekke").type(KeyCode.TAB).type(KeyCode.TAB);
        ComboBox<org.onrecord.model.StatementKind> kind = WorkbenchFixture.waitForLookup(robot, "#editorKind");
        assertThat(kind.isFocused()).isTrue();
        robot.type(KeyCode.DIGIT2);
        assertThat(kind.getValue().code()).isEqualTo("denial");
        robot.type(KeyCode.T);
        assertThat(kind.getValue().code()).isEqualTo("threat");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> statements() == 14);
        assertThat(fixture.window.state().snapshot().statements())
                .anyMatch(s -> s.span().text().equals("for forty years") && s.kind().equals("threat"));
    }

    @Test
    void saidOnIsEmptyUnlessTheSentenceDatesTheWords(FxRobot robot) {
        select(robot, "These documents are forgeries.");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorDateSaid").tryQuery().isPresent());
        assertThat(field(robot, "#editorDateSaid").getText()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        select(robot, "secret harbour deal");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorDateSaid").tryQuery().isPresent());
        assertThat(field(robot, "#editorDateSaid").getText()).as("a headline is not dated by the next paragraph").isEmpty();
        robot.type(KeyCode.ESCAPE);
        select(robot, "denied that the city had signed a secret agreement");
        robot.type(KeyCode.Q);
        waitUntil(() -> robot.lookup("#editorDateSaid").tryQuery().isPresent() && !field(robot, "#editorDateSaid").getText().isEmpty());
        assertThat(field(robot, "#editorDateSaid").getText()).isEqualTo("2021-03-09");
        assertThat(robot.lookup("#editorDateSaidHint").queryAs(Label.class).getText()).contains("Proposed").contains("Tuesday");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntityCanMarkEveryOccurrenceInOneUndoableStepWithTheLastTypeProposed(FxRobot robot) {
        select(robot, "legal counsel");
        robot.type(KeyCode.E);
        ComboBox<EntityType> type = WorkbenchFixture.waitForLookup(robot, "#editorEntityType");
        robot.interact(() -> type.setValue(EntityType.WORK));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fixture.window.state().snapshot().entities().stream().anyMatch(e -> e.name().equals("legal counsel")));

        int mentionsBefore = fixture.window.state().snapshot().mentions().size();
        select(robot, "quay");
        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#editorScopeArticle").tryQuery().isPresent());
        // "quay" is an alias of no entity: the type proposed is the last one chosen, not PERSON.
        assertThat(type.getValue()).isEqualTo(EntityType.WORK);
        robot.clickOn("#editorScopeArticle");
        robot.clickOn("#editorEntityName");
        robot.type(KeyCode.ENTER);
        long quayHere = org.onrecord.service.Occurrences.of(area(robot).getText(), "quay").size();
        assertThat(quayHere).isGreaterThan(1);
        waitUntil(() -> fixture.window.state().snapshot().mentions().size() == mentionsBefore + quayHere);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> fixture.window.state().snapshot().mentions().size() == mentionsBefore);
    }
}
