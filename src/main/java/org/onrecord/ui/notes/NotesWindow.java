package org.onrecord.ui.notes;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.WorkbenchState;

import java.util.List;
import java.util.function.Supplier;

/**
 * The notes list in a window of its own beside the workbench (View › Notes, Ctrl+Shift+N), so it
 * takes no room from the panes on a laptop screen; choosing a note focuses the workbench.
 */
public final class NotesWindow {
    private final Window owner;
    private final List<String> stylesheets;
    private final NotesViewModel viewModel;
    private final NotesView view;
    private Stage stage;

    public NotesWindow(Window owner, List<String> stylesheets, WorkbenchState state, TaskRunner tasks,
                       Supplier<OpenCase> session, EditRunner edits) {
        this.owner = owner;
        this.stylesheets = stylesheets;
        this.viewModel = new NotesViewModel(state, tasks, () -> {
            OpenCase current = session.get();
            return current == null ? null : current::notes;
        }, edits);
        this.view = new NotesView(viewModel);
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Notes");
            Scene scene = new Scene(view, 620, 520);
            scene.getStylesheets().addAll(stylesheets);
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        view.focusFilter();
    }

    /** Annotate › Add a note on this article. */
    public void addOnArticle() {
        view.addOnArticle(owner);
    }

    public NotesViewModel viewModel() {
        return viewModel;
    }
}
