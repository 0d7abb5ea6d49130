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
import java.util.function.Supplier;

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
        return new SourcePane(pane, view, viewModel, editor);
    }

    static Node timeline(WorkbenchState state) {
        TimelineView view = new TimelineView(new TimelineViewModel(state));
        view.setId("timelinePane");
        return view;
    }

    static List<String> stylesheets() {
        return List.of();
    }
}
