package org.onrecord.ui;

import javafx.scene.Node;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.WorkbenchState;

import java.util.List;
import javafx.scene.layout.BorderPane;
import org.onrecord.ui.annotate.AnnotationEditorView;
import org.onrecord.ui.annotate.AnnotationEditorViewModel;
import java.util.Optional;
import org.onrecord.ui.source.SourceView;
import org.onrecord.ui.timeline.TimelineView;
import org.onrecord.ui.timeline.TimelineViewModel;
import org.onrecord.ui.source.SourceViewModel;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.help.NewcomerHints;

/** Builds the source and timeline panes (kept apart so the window does not know their insides). */
final class PaneFactory {
    private PaneFactory() {
    }

    /** The source text with the annotation editor beside it. */
    record SourcePane(Node node, SourceView view, SourceViewModel viewModel, AnnotationEditorViewModel editor) {
    }

    static SourcePane source(WorkbenchState state, TaskRunner tasks, Supplier<OpenCase> session,
                             Supplier<AnnotationCommands> commands) {
        var viewModel = new SourceViewModel(state, tasks, id -> {
            OpenCase current = session.get();
            return current == null ? Optional.empty() : current.article(id);
        });
        SourceView view = new SourceView(viewModel);
        view.setId("sourcePane");
        var editor = new AnnotationEditorViewModel(state, tasks, commands);
        BorderPane pane = new BorderPane(view);
        pane.setRight(new AnnotationEditorView(editor));
        pane.setTop(hint("sourceHint", state, snapshot -> NewcomerHints.sourceHint(snapshot, session.get() != null).orElse("")));
        return new SourcePane(pane, view, viewModel, editor);
    }

    /** The timeline; a double-click on an event calls {@code openEvent} with its id. */
    static Node timeline(WorkbenchState state, LongConsumer openEvent) {
        TimelineView view = new TimelineView(new TimelineViewModel(state));
        view.setId("timelinePane");
        view.setOnOpenItem(openEvent);
        Label empty = new Label();
        empty.setId("timelineHint");
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.setMouseTransparent(true);
        Runnable update = () -> {
            empty.setText(NewcomerHints.timelinePlaceholder(state.snapshot()));
            empty.setVisible(state.snapshot().events().isEmpty());
        };
        state.snapshotProperty().addListener((obs, old, now) -> update.run());
        update.run();
        return new StackPane(view, empty);
    }

    /** A line of advice over a pane, shown while {@code text} has something to say. */
    private static Label hint(String id, WorkbenchState state, Function<CaseSnapshot, String> text) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add("newcomer-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setGraphic(new FontIcon("mdi2l-lightbulb-on-outline"));
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        state.snapshotProperty().addListener((obs, old, now) -> hint.setText(text.apply(now)));
        hint.setText(text.apply(state.snapshot()));
        return hint;
    }

    static List<String> stylesheets() {
        return List.of();
    }
}
