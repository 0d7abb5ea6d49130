package org.onrecord.ui.source;

import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The source text pane: heading, layer legend and the read-only body with its highlights. All
 * decisions live in {@link SourceViewModel}; this class only paints and forwards gestures.
 */
public final class SourceView extends BorderPane {
    public static final String STYLESHEET = "/org/onrecord/ui/source/source.css";

    private final SourceViewModel viewModel;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    /** The runs the area is painted with now. */
    private List<HighlightRun> applied = List.of();

    public SourceView(SourceViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("source-pane");
        getStylesheets().add(Objects.requireNonNull(SourceView.class.getResource(STYLESHEET)).toExternalForm());

        Label title = new Label();
        title.setId("source-title");
        title.getStyleClass().add("source-title");
        title.textProperty().bind(viewModel.titleLineProperty());
        title.managedProperty().bind(title.textProperty().isNotEmpty());
        title.visibleProperty().bind(title.managedProperty());
        setTop(new VBox(title, new LayerLegend(viewModel)));

        configureArea();
        setCenter(new VirtualizedScrollPane<>(area));

        viewModel.bodyProperty().addListener((obs, was, is) -> showBody(is));
        viewModel.runsProperty().addListener((obs, was, is) -> restyle());
        viewModel.revealProperty().addListener((obs, was, is) -> reveal(is));
        showBody(viewModel.bodyProperty().get());
    }

    /** The text area, for the main window's keyboard focus handling and for tests. */
    public StyleClassedTextArea textArea() {
        return area;
    }

    private void configureArea() {
        area.setId("source-text");
        area.getStyleClass().add("source-text");
        area.setEditable(false);
        area.setWrapText(true);
        // A read-only body needs no undo history, which would otherwise keep every body ever shown.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("source-placeholder");
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        area.setPlaceholder(placeholder);

        area.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                IndexRange selection = area.getSelection();
                if (selection.getLength() > 0) {
                    viewModel.selectText(selection.getStart(), selection.getEnd());
                } else {
                    viewModel.selectText(area.getCaretPosition(), area.getCaretPosition());
                }
            }
        });
        // A selection made with Shift+arrows counts once Shift is let go, as a mouse selection does on release.
        area.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
            IndexRange selection = area.getSelection();
            if (event.getCode() == KeyCode.SHIFT && selection.getLength() > 0) {
                viewModel.selectText(selection.getStart(), selection.getEnd());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                area.deselect();
                viewModel.clear();
                event.consume();
            }
        });
    }

    private void showBody(String body) {
        area.replaceText(body);
        applied = List.of(); // replacing the text dropped every style
        area.moveTo(0);
        area.showParagraphAtTop(0);
        restyle();
    }

    /**
     * One setStyleSpans call over the stretch where the new plan differs from the painted one,
     * built in one pass over the runs: no per-character styling, and paragraphs outside the
     * stretch keep their cells.
     */
    private void restyle() {
        List<HighlightRun> runs = viewModel.runsProperty().get();
        int length = area.getLength();
        RunStyles.changed(applied, runs).ifPresent(stretch -> {
            int from = Math.min(stretch.start(), length);
            StyleSpans<Collection<String>> spans = RunStyles.of(runs, from, Math.min(stretch.end(), length));
            if (spans != null) {
                area.setStyleSpans(from, spans);
            }
        });
        applied = runs;
    }

    /** Caret at the start of the words so following the caret brings their beginning into view. */
    private void reveal(RevealRequest request) {
        if (request == null || request.end() > area.getLength()) {
            return;
        }
        area.selectRange(request.end(), request.start());
        area.showParagraphAtCenter(area.offsetToPosition(request.start(), TwoDimensional.Bias.Forward).getMajor());
        area.requestFollowCaret();
    }
}
