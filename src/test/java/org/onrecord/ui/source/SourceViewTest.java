package org.onrecord.ui.source;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.reactfx.Subscription;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.model.TextSpan;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.source.SourceTestData.ARTICLE;
import static org.onrecord.ui.source.SourceTestData.BODY;
import static org.onrecord.ui.source.SourceTestData.QUOTE_OKONJO;
import static org.onrecord.ui.source.SourceTestData.QUOTE_REYLE;
import static org.onrecord.ui.source.SourceTestData.span;

/** The pane in a real scene on the headless platform. */
@ExtendWith(ApplicationExtension.class)
class SourceViewTest {
    private WorkbenchState state;
    private SourceView view;
    private StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        state = new WorkbenchState();
        state.reset(SourceTestData.snapshot());
        view = new SourceView(new SourceViewModel(state, new ImmediateTaskRunner(), SourceTestData::load));
        area = view.textArea();
        stage.setScene(new Scene(view, 900, 420));
        stage.show();
    }

    @Test
    void withoutAnArticleThePlaceholderSaysWhatToDo(FxRobot robot) {
        Label placeholder = robot.lookup(".source-placeholder").queryAs(Label.class);

        assertThat(placeholder.getText()).isEqualTo(SourceViewModel.NO_ARTICLE);
        assertThat(placeholder.isVisible()).isTrue();
    }

    @Test
    void loadingAnArticleShowsItsBodyAndHeading(FxRobot robot) {
        robot.interact(() -> state.selectArticle(ARTICLE, PaneId.ARTICLES));

        assertThat(area.getText()).isEqualTo(BODY);
        assertThat(robot.lookup("#source-title").queryAs(Label.class).getText()).startsWith("Harbour council backs Eastquay plan · ");
        assertThat(area.getStyleOfChar(span("Tomas Reyle").start() + 1)).contains(HighlightPlanner.ENTITY);
    }

    @Test
    void theOldBodyIsNotRestyledBeforeAnotherArticleReplacesIt(FxRobot robot) {
        robot.interact(() -> state.selectArticle(ARTICLE, PaneId.ARTICLES));
        List<String> changes = new ArrayList<>();
        Subscription counting = area.plainTextChanges().subscribe(c -> changes.add("text"));
        Subscription styles = area.richChanges().filter(c -> c.isPlainTextIdentity()).subscribe(c -> changes.add("style"));

        robot.interact(() -> state.selectArticle(SourceTestData.OTHER_ARTICLE, PaneId.ARTICLES));
        counting.unsubscribe();
        styles.unsubscribe();

        // the old body replaced by nothing while the other loads, then the other body (it has no annotations)
        assertThat(changes).containsExactly("text", "text");
        assertThat(area.getText()).isEqualTo(SourceTestData.OTHER_BODY);
    }

    @Test
    void aStatementFocusedInAnotherPaneIsSelectedAndMarked(FxRobot robot) {
        robot.interact(() -> state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.STATEMENTS));
        WaitForAsyncUtils.waitForFxEvents();

        TextSpan quote = span("\"We cannot wait another winter,\"");
        assertThat(area.getSelectedText()).isEqualTo(quote.text());
        assertThat(area.getStyleOfChar(quote.start() + 2)).contains(HighlightPlanner.FOCUS, HighlightPlanner.STATEMENT);
    }

    @Test
    void anEventFocusedElsewhereIsScrolledIntoView(FxRobot robot) {
        robot.interact(() -> state.focus(new Focus.OnEvent(SourceTestData.EVENT_AT_THE_END), PaneId.TIMELINE));
        WaitForAsyncUtils.waitForFxEvents();

        int lastParagraph = area.getParagraphs().size() - 1;
        assertThat(lastParagraph).isGreaterThan(100);
        assertThat(area.getSelectedText()).isEqualTo("9 May 2025");
        assertThat(area.lastVisibleParToAllParIndex()).isEqualTo(lastParagraph);
        assertThat(area.firstVisibleParToAllParIndex()).isGreaterThan(50);
    }

    @Test
    void draggingOverWordsFocusesThem(FxRobot robot) {
        robot.interact(() -> state.selectArticle(ARTICLE, PaneId.ARTICLES));
        TextSpan words = span("heated session");
        Point2D from = pointAt(robot, words.start(), true);
        Point2D to = pointAt(robot, words.end() - 1, false);

        robot.drag(from).dropTo(to);

        assertThat(area.getSelectedText()).isEqualTo("heated session");
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnSpan(ARTICLE, words.start(), words.end()));
        assertThat(state.focus().origin()).isEqualTo(PaneId.SOURCE);
        assertThat(area.getStyleOfChar(words.start() + 1)).contains(HighlightPlanner.FOCUS);
    }

    @Test
    void switchingOffTheEntityLayerRemovesItsStyles(FxRobot robot) {
        robot.interact(() -> state.selectArticle(ARTICLE, PaneId.ARTICLES));
        int name = span("Tomas Reyle").start() + 1;
        int quote = span("cannot").start();

        robot.clickOn("#layer-entity");

        assertThat(area.getStyleOfChar(name)).doesNotContain(HighlightPlanner.ENTITY);
        assertThat(area.getStyleOfChar(quote)).contains(HighlightPlanner.STATEMENT);
    }

    @Test
    void escapeClearsTheFocus(FxRobot robot) {
        robot.interact(() -> state.focus(new Focus.OnStatement(QUOTE_OKONJO), PaneId.STATEMENTS));
        robot.interact(area::requestFocus);

        robot.type(KeyCode.ESCAPE);

        assertThat(state.focus().isEmpty()).isTrue();
        assertThat(area.getStyleOfChar(span("cannot").start())).doesNotContain(HighlightPlanner.FOCUS);
    }

    /** Not an assertion on looks: a picture under target/ for a person to check that overlaps read well. */
    @Test
    void snapshotsThePaneForReview(FxRobot robot) throws IOException {
        robot.interact(() -> {
            state.selectArticle(ARTICLE, PaneId.ARTICLES);
            state.searchQueryProperty().set("plan");
        });
        write(robot, Path.of("target", "source-pane.png"));
        robot.interact(() -> state.focus(new Focus.OnStatement(QUOTE_REYLE), PaneId.STATEMENTS));
        write(robot, Path.of("target", "source-pane-focus.png"));

        assertThat(Path.of("target", "source-pane.png")).isNotEmptyFile();
    }

    private void write(FxRobot robot, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        // Drawn at 1.5x so thin underlines and frames can be judged in the picture.
        SnapshotParameters zoomed = new SnapshotParameters();
        zoomed.setTransform(Transform.scale(1.5, 1.5));
        robot.interact(() -> image.set(view.snapshot(zoomed, null)));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
    }

    /** On screen, just inside the left or right edge of the character at {@code offset}. */
    private Point2D pointAt(FxRobot robot, int offset, boolean leftEdge) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        robot.interact(() -> bounds.set(area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()));
        Bounds b = bounds.get();
        return new Point2D(leftEdge ? b.getMinX() + 1 : b.getMaxX() - 1, b.getCenterY());
    }
}
