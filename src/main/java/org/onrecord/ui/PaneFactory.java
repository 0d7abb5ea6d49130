package org.onrecord.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.WorkbenchState;

import java.util.List;
import java.util.Optional;
import org.onrecord.ui.source.SourceView;
import org.onrecord.ui.source.SourceViewModel;
import java.util.function.Supplier;

/** Builds the source and timeline panes (kept apart so the window does not know their insides). */
final class PaneFactory {
    private PaneFactory() {
    }

    static Node source(WorkbenchState state, TaskRunner tasks, Supplier<CaseSession> session) {
        var viewModel = new SourceViewModel(state, tasks, id -> {
            CaseSession current = session.get();
            return current == null ? Optional.empty() : current.article(id);
        });
        SourceView view = new SourceView(viewModel);
        view.setId("sourcePane");
        return view;
    }

    static Node timeline(WorkbenchState state) {
        return new StackPane(new Label("Timeline"));
    }

    static List<String> stylesheets() {
        return List.of();
    }
}
