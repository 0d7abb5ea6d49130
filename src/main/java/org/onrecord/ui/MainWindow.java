package org.onrecord.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.onrecord.app.AppLog;
import org.onrecord.app.AppServices;
import org.onrecord.dates.DateLabels;
import org.onrecord.model.ReviewState;
import org.onrecord.service.OpenCase;
import org.onrecord.service.ImportReport;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.articles.ArticlesView;
import org.onrecord.ui.backup.RestoreDialog;
import org.onrecord.ui.backup.RestoreDialogViewModel;
import org.onrecord.ui.articles.ArticlesViewModel;
import org.onrecord.ui.common.FxTaskRunner;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.common.SaveFolders;
import org.onrecord.ui.common.StatusBar;
import org.onrecord.ui.common.UiPreferences;
import org.onrecord.ui.common.WindowSize;
import org.onrecord.ui.details.ArticleDetailsView;
import org.onrecord.ui.details.ArticleDetailsViewModel;
import org.onrecord.ui.entities.EntitiesView;
import org.onrecord.ui.entities.EntitiesViewModel;
import org.onrecord.ui.report.ReportDialog;
import org.onrecord.ui.report.ReportDialogViewModel;
import org.onrecord.ui.annotate.EditorFocus;
import org.onrecord.ui.annotate.EditorMode;
import org.onrecord.ui.annotate.EventDates;
import org.onrecord.ui.keys.Shortcut;
import org.onrecord.ui.keys.KeystrokeGuard;
import org.onrecord.ui.keys.ShortcutKeys;
import org.onrecord.ui.review.ReviewBar;
import org.onrecord.ui.review.ReviewKeys;
import org.onrecord.ui.review.ReviewViewModel;
import org.onrecord.service.Suggestion;
import javafx.scene.layout.VBox;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.help.HelpDialog;
import org.onrecord.ui.help.HelpPages;
import org.onrecord.ui.notes.NotesWindow;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.ReviewTarget;
import org.onrecord.ui.state.WorkbenchState;
import org.onrecord.ui.statements.StatementsView;
import org.onrecord.ui.statements.StatementsViewModel;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyEvent;

/** The workbench window: menus, the four synchronized panes around the article list, the status bar. */
public final class MainWindow implements WorkbenchActions.Dialogs {
    private final Stage stage;
    private final FxTaskRunner tasks;
    private final UiPreferences preferences;
    private final WorkbenchState state = new WorkbenchState();
    private final WorkbenchActions actions;
    private final RecentCases recent;
    private final SaveFolders saveFolders;
    private final StatusBar status;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final ArticlesView articlesView;
    private final PaneLayout columns;
    private final PaneLayout rows;
    private final Node workbench;
    private final PaneZoom zoom;
    private final NotesWindow notes;
    private final PaneFactory.SourcePane sourcePane;
    private final EditRunner edits;
    private final ReviewViewModel review;

    private final Path logFolder;

    public MainWindow(Stage stage, AppServices services, FxTaskRunner tasks, UiPreferences preferences, Path dataDirectory) {
        this.stage = stage;
        this.tasks = tasks;
        this.preferences = preferences;
        this.recent = new RecentCases(preferences);
        this.saveFolders = new SaveFolders(preferences);
        this.actions = new WorkbenchActions(services, state, tasks, recent, dataDirectory, this);
        this.logFolder = AppLog.directoryIn(dataDirectory);
        this.status = new StatusBar(tasks);
        actions.attach(status);

        var articlesVm = new ArticlesViewModel(state, tasks, actions::session);
        articlesView = new ArticlesView(articlesVm);
        // Its edits reach every pane through the history's rows (WorkbenchActions.showEdit): nothing to re-read after saving.
        var detailsVm = new ArticleDetailsViewModel(state, tasks, actions::session, () -> { });
        SplitPane left = new SplitPane(articlesView, new ArticleDetailsView(detailsVm));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);
        sourcePane = PaneFactory.source(state, tasks, actions::session, actions::commands);
        Node source = sourcePane.node();
        edits = new EditRunner(tasks, this::commands, status::say, state::readOnly);
        EntitiesView entities = new EntitiesView(new EntitiesViewModel(state, edits));
        StatementsView statements = new StatementsView(new StatementsViewModel(state, edits));
        Node timeline = PaneFactory.timeline(state, this::editEvent);

        SplitPane top = new SplitPane();
        top.setId("columns");
        columns = new PaneLayout(top, "columns", preferences, 0.24, 0.73)
                .add("articles", left).add("source", source).add("entities", entities);
        columns.build();
        SplitPane bottom = new SplitPane();
        bottom.setId("rows");
        rows = new PaneLayout(bottom, "rows", preferences, 0.6)
                .add("statements", statements).add("timeline", timeline);
        rows.build();
        SplitPane main = new SplitPane(top, bottom);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(preferences.getDouble("main.divider", 0.62));
        main.getDividers().getFirst().positionProperty().addListener((o, a, b) -> preferences.putDouble("main.divider", b.doubleValue()));
        workbench = main;
        zoom = new PaneZoom(center, workbench, List.of(columns, rows));
        notes = new NotesWindow(stage, List.of(MainWindow.class.getResource("workbench.css").toExternalForm()), state, tasks,
                actions::session, edits);

        // the verdict reaches the panes as the history's rows (the snapshot changes and the walk re-places itself): no re-read
        review = new ReviewViewModel(state, tasks, actions::session, () -> { }, status::say, this::editSuggestion);
        Label reviewCount = new Label();
        reviewCount.setId("reviewCount");
        reviewCount.textProperty().bind(review.unreviewedProperty().map(n -> ReviewViewModel.countText(n.intValue())));
        status.addInfo(reviewCount);

        root.setTop(new VBox(menus(), readOnlyBanner()));
        root.setCenter(center);
        root.setBottom(new VBox(new ReviewBar(review), status));
        actions.sessionProperty().addListener((obs, o, session) -> {
            review.stop();
            showCase();
        });
        state.readOnlyProperty().addListener((obs, o, why) -> showCase());
        showCase();
        watchOutsideChanges();
    }

    /** Another program (the command line) may write to the open case: look every two seconds and whenever the window is focused. */
    private void watchOutsideChanges() {
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> actions.checkForOutsideChanges()));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                actions.checkForOutsideChanges();
            }
        });
    }

    /** Builds the scene; the window size and position are the ones the researcher left. */
    public Scene scene() {
        return scene(Screen.getPrimary().getVisualBounds());
    }

    /** The scene for a window on a screen of these bounds (a test's laptop screen). */
    Scene scene(Rectangle2D screen) {
        WindowSize size = WindowSize.fit(preferences, screen);
        stage.setMinWidth(Math.min(WindowSize.MIN_WIDTH, size.width()));
        stage.setMinHeight(Math.min(WindowSize.MIN_HEIGHT, size.height()));
        Scene scene = new Scene(root, size.width(), size.height());
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        PaneFactory.stylesheets().forEach(css -> scene.getStylesheets().add(css));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && actions.session() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && actions.session() != null;
            if (ok) {
                actions.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        // A filter, not only menu accelerators: Alt alone would otherwise move into the menu bar.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.BACK.matches(e)) {
                state.back();
                e.consume();
            } else if (Shortcut.FORWARD.matches(e)) {
                state.forward();
                e.consume();
            }
        });
        KeystrokeGuard guard = ShortcutKeys.install(scene, sourcePane.view().textArea(), shortcutActions());
        ReviewKeys.install(scene, guard, review);
        EditorFocus.attach(sourcePane.editor(), sourcePane.view().textArea(), status::say);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                state.clearFocus(PaneId.OTHER);
            }
        });
        return scene;
    }

    public void rememberLayout() {
        preferences.putDouble("window.width", stage.getWidth());
        preferences.putDouble("window.height", stage.getHeight());
        columns.saveDividers();
        rows.saveDividers();
    }

    /** Starts where the researcher left off: the last case, if it is still there. */
    public void reopenLastCase() {
        Path last = recent.last();
        if (last != null) {
            actions.open(last);
        }
    }

    public WorkbenchActions actions() {
        return actions;
    }

    public WorkbenchState state() {
        return state;
    }

    public Stage stage() {
        return stage;
    }

    public StatusBar status() {
        return status;
    }

    /** The review mode (Annotate › Review suggestions). */
    public ReviewViewModel review() {
        return review;
    }

    private void showCase() {
        zoom.restore();
        OpenCase session = actions.session();
        if (session == null) {
            stage.setTitle("Onrecord");
            center.getChildren().setAll(new WelcomePane(this::newCase, this::openCase, actions::openDemo, recent.list(), actions::open));
        } else {
            stage.setTitle("Onrecord — " + session.displayName() + " (" + session.path() + ")"
                    + (state.readOnly().isPresent() ? " — read-only" : ""));
            center.getChildren().setAll(workbench);
        }
    }

    private ShortcutKeys.Actions shortcutActions() {
        return new ShortcutKeys.Actions() {
            @Override
            public void mark(EditorMode mode) {
                MainWindow.this.mark(mode);
            }

            @Override
            public void undo() {
                MainWindow.this.undo();
            }

            @Override
            public void redo() {
                MainWindow.this.redo();
            }

            @Override
            public void accept() {
                reviewFocused(ReviewState.ACCEPTED);
            }

            @Override
            public void reject() {
                reviewFocused(ReviewState.REJECTED);
            }
        };
    }

    /**
     * Above the panes while the open case cannot be changed: why, and the way out. Every edit
     * action is disabled meanwhile, and a key that would edit says this same sentence.
     */
    private Label readOnlyBanner() {
        Label banner = new Label();
        banner.setId("readOnlyBanner");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(state.readOnlyProperty().map(why -> "Read-only: " + why).orElse(""));
        banner.visibleProperty().bind(state.readOnlyProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Whether an edit may start now; if not, the status bar says why (the case is read-only). */
    private boolean mayEdit() {
        state.readOnly().ifPresent(why -> status.say(EditRunner.refused(why)));
        return state.readOnly().isEmpty();
    }

    /** Q / E / T: opens the editor beside the text on the selected words. */
    public void mark(EditorMode mode) {
        if (!mayEdit()) {
            return;
        }
        var selection = sourcePane.view().textArea().getSelection();
        if (selection.getLength() > 0) {
            sourcePane.viewModel().selectText(selection.getStart(), selection.getEnd());
        }
        if (!sourcePane.editor().begin(mode, sourcePane.viewModel().bodyProperty().get())) {
            status.say("Select words in the source text first, then press Q, E or T.");
        }
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        Menu recentMenu = new Menu("Open _recent");
        recentMenu.setOnShowing(e -> fillRecent(recentMenu));
        recentMenu.getItems().add(new MenuItem("(none)"));
        MenuItem importFiles = item("_Import files…", Shortcut.IMPORT_FILES, this::importFiles);
        MenuItem importFolder = item("Import _folder…", Shortcut.IMPORT_FOLDER, this::importFolder);
        // no case, or one that cannot be changed (the banner says why): nothing that edits can be chosen
        BooleanBinding noEdits = actions.sessionProperty().isNull().or(state.readOnlyProperty().isNotNull());
        importFiles.disableProperty().bind(noEdits);
        importFolder.disableProperty().bind(noEdits);
        MenuItem report = item("Export _report (PDF)…", Shortcut.REPORT, this::exportReport);
        Menu exportData = new Menu("_Export data");
        exportData.getItems().addAll(item("JSON data (every annotation, for other programs)…", null, () -> exportData("json", "*.json")),
                item("CSV tables (a folder)…", null, () -> exportData("csv", null)),
                item("HTML report…", null, () -> exportData("html", "*.html")),
                item("REFI-QDA project (.qdpx: NVivo, ATLAS.ti, MAXQDA, QualCoder)…", null, () -> exportData("qdpx", "*.qdpx")));
        report.disableProperty().bind(actions.sessionProperty().isNull());
        exportData.disableProperty().bind(actions.sessionProperty().isNull());
        MenuItem saveCopy = item("Save a _copy…", null, this::saveCopy);
        saveCopy.disableProperty().bind(actions.sessionProperty().isNull());
        MenuItem restoreBackup = item("Restore from _backup…", null, () -> restoreFromBackup(actions.session().path()));
        restoreBackup.disableProperty().bind(actions.sessionProperty().isNull());
        MenuItem close = item("_Close case", Shortcut.CLOSE_CASE, actions::close);
        close.disableProperty().bind(actions.sessionProperty().isNull());
        file.getItems().addAll(item("_New case…", Shortcut.NEW_CASE, this::newCase), item("_Open case…", Shortcut.OPEN_CASE, this::openCase),
                recentMenu, item("Open _demo case", null, actions::openDemo), new SeparatorMenuItem(), importFiles, importFolder,
                new SeparatorMenuItem(), report, exportData, new SeparatorMenuItem(), saveCopy, restoreBackup,
                new SeparatorMenuItem(), close, item("_Quit", Shortcut.QUIT, stage::close));

        Menu view = new Menu("_View");
        MenuItem back = item("_Back", Shortcut.BACK, state::back);
        MenuItem forward = item("_Forward", Shortcut.FORWARD, state::forward);
        MenuItem clear = item("_Clear focus", null, () -> state.clearFocus(PaneId.OTHER));
        clear.setText("_Clear focus (Esc)");
        MenuItem notesList = item("_Notes of the case…", Shortcut.NOTES, notes::show);
        notesList.disableProperty().bind(actions.sessionProperty().isNull());
        view.getItems().addAll(item("_Search articles", Shortcut.SEARCH, articlesView::focusSearch), notesList, back, forward, clear,
                new SeparatorMenuItem(),
                toggle("Articles", Shortcut.SHOW_ARTICLES, columns, "articles"), toggle("Source text", Shortcut.SHOW_SOURCE, columns, "source"),
                toggle("Entities", Shortcut.SHOW_ENTITIES, columns, "entities"), toggle("Statements", Shortcut.SHOW_STATEMENTS, rows, "statements"),
                toggle("Timeline", Shortcut.SHOW_TIMELINE, rows, "timeline"), new SeparatorMenuItem(),
                item("_Maximise the focused pane / back", Shortcut.ZOOM_PANE, () -> zoom.toggle(stage.getScene().getFocusOwner())));
        Menu edit = new Menu("_Edit");
        MenuItem undo = item("_Undo", Shortcut.UNDO, this::undo);
        MenuItem redo = item("_Redo", Shortcut.REDO, this::redo);
        MenuItem delete = item("_Delete the selected statement, event or entity", Shortcut.DELETE, this::deleteFocused);
        MenuItem editEvent = item("Edit the selected _event…", null, this::editFocusedEvent);
        MenuItem accept = item("_Accept the selected suggestion", Shortcut.ACCEPT, () -> reviewFocused(ReviewState.ACCEPTED));
        MenuItem reject = item("Re_ject the selected suggestion", Shortcut.REJECT, () -> reviewFocused(ReviewState.REJECTED));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), delete, editEvent, new SeparatorMenuItem(), accept, reject);
        List.of(delete, editEvent, accept, reject).forEach(i -> i.disableProperty().bind(noEdits));
        edit.setOnShowing(e -> {
            undo.setText(actions.undoDescription().map(d -> "_Undo " + d).orElse("_Undo"));
            redo.setText(actions.redoDescription().map(d -> "_Redo " + d).orElse("_Redo"));
            undo.setDisable(actions.undoDescription().isEmpty() || state.readOnly().isPresent());
            redo.setDisable(actions.redoDescription().isEmpty() || state.readOnly().isPresent());
        });
        Menu annotate = new Menu("_Annotate");
        MenuItem markStatement = item("Mark _statement  (Q)", null, () -> mark(EditorMode.STATEMENT));
        MenuItem markEntity = item("Mark _entity  (E)", null, () -> mark(EditorMode.ENTITY));
        MenuItem markEvent = item("Mark _date / event  (T)", null, () -> mark(EditorMode.EVENT));
        MenuItem suggest = item("Suggest _dates in every article", null, this::suggestDates);
        MenuItem suggestEntities = item("Suggest e_ntities in every article", null, this::suggestEntities);
        MenuItem reviewSuggestions = item("_Review suggestions  (A / R / E / N / P, Esc)", Shortcut.REVIEW, review::start);
        MenuItem articleNote = item("Add a _note on this article…", null, notes::addOnArticle);
        annotate.getItems().addAll(markStatement, markEntity, markEvent, new SeparatorMenuItem(), articleNote,
                new SeparatorMenuItem(), suggest, suggestEntities, reviewSuggestions);
        annotate.getItems().forEach(i -> i.disableProperty().bind(noEdits));
        Menu help = new Menu("_Help");
        help.getItems().addAll(item("_Getting started", null, () -> HelpDialog.show(stage, "Getting started", HelpPages.GETTING_STARTED)),
                item("_Keyboard shortcuts", Shortcut.HELP, this::showShortcuts),
                item("Open _log folder", null, () -> LogFolder.open(stage, logFolder)));
        return new MenuBar(file, edit, view, annotate, help);
    }

    /** The open case's commands, for end-to-end tests that start a step the way a menu would. */
    public AnnotationCommands commandsForTest() {
        return commands();
    }

    private AnnotationCommands commands() {
        return actions.commands();
    }

    /** Ctrl+Z: undoes the last edit of this session, whichever pane made it. */
    public void undo() {
        actions.undo();
    }

    /** Ctrl+Shift+Z. */
    public void redo() {
        actions.redo();
    }

    /** Del: deletes what has the focus; Ctrl+Z brings it back. */
    private void deleteFocused() {
        actions.deleteFocused();
    }

    /** Suggestions are dashed until the researcher accepts or rejects them; a rejected one is never proposed again. */
    private void reviewFocused(ReviewState verdict) {
        String done = verdict == ReviewState.ACCEPTED ? "Accepted." : "Rejected (it will not be proposed again).";
        var target = ReviewTarget.of(state.snapshot(), state.focus().focus(), state.context());
        // An entity, or a dashed name under the chosen words when no suggested date or statement is there.
        boolean suggestedTarget = target.map(t -> t instanceof Focus.OnEvent e
                ? state.snapshot().event(e.eventId()).filter(x -> x.state() == ReviewState.SUGGESTED).isPresent()
                : state.snapshot().statement(((Focus.OnStatement) t).statementId()).filter(x -> x.state() == ReviewState.SUGGESTED).isPresent())
                .orElse(false);
        if (!suggestedTarget && !(state.focus().focus() instanceof Focus.OnEvent) && !(state.focus().focus() instanceof Focus.OnStatement)
                && review.reviewFocused(verdict)) {
            return;
        }
        if (target.orElse(null) instanceof Focus.OnEvent f) {
            edits.run(done, c -> c.reviewEvent(f.eventId(), verdict));
        } else if (target.orElse(null) instanceof Focus.OnStatement f) {
            edits.run(done, c -> c.reviewStatement(f.statementId(), verdict));
        } else {
            status.say("Select a suggestion first (an entity, a dashed name, date or statement).");
        }
    }

    /** E in review mode: the editor beside the text on the suggestion's words, or the event's date. */
    private void editSuggestion(Suggestion suggestion) {
        EditorMode mode = switch (suggestion.kind()) {
            case MENTION -> EditorMode.ENTITY;
            case STATEMENT -> EditorMode.STATEMENT;
            case EVENT -> null;
        };
        if (mode == null) {
            state.focus(new Focus.OnEvent(suggestion.id()), PaneId.REVIEW);
            editFocusedEvent();
            return;
        }
        state.focus(new Focus.OnSpan(suggestion.articleId(), suggestion.span().start(), suggestion.span().end()), PaneId.REVIEW);
        if (!sourcePane.editor().begin(mode, sourcePane.viewModel().bodyProperty().get())) {
            status.say("The article is still loading; press E again.");
        }
    }

    private void suggestDates() {
        var c = commands();
        if (c == null || !mayEdit()) {
            return;
        }
        tasks.run("Suggesting dates", c::suggest, added -> status.say(added + " dated expressions suggested (dashed); "
                + "review them with Ctrl+Shift+R."), error -> status.say("Suggestions failed: " + error.getMessage()));
    }

    /** A double-click on the timeline: the event gets the focus and its editor opens. */
    private void editEvent(long eventId) {
        state.focus(new Focus.OnEvent(eventId), PaneId.TIMELINE);
        editFocusedEvent();
    }

    private void suggestEntities() {
        var c = commands();
        if (c == null || !mayEdit()) {
            return;
        }
        tasks.run("Suggesting entities", c::suggestEntities, added -> status.say(added + " entity mentions suggested, "
                + "grouped with their other names; review them with Ctrl+Shift+R."), error -> status.say("Suggestions failed: " + error.getMessage()));
    }

    private void editFocusedEvent() {
        if (!mayEdit()) {
            return;
        }
        if (!(state.focus().focus() instanceof Focus.OnEvent f)) {
            status.say("Select an event on the timeline first.");
            return;
        }
        state.snapshot().event(f.eventId()).ifPresent(event -> {
            var dialog = new TextInputDialog(EventDates.typed(event.date()));
            dialog.initOwner(stage);
            dialog.setTitle("Edit event");
            dialog.setHeaderText("“" + event.span().text() + "”" + (event.description() == null ? "" : " — " + event.description())
                    + "\nNow: " + DateLabels.of(event.date()));
            dialog.setContentText(EventDates.PROMPT);
            dialog.showAndWait().filter(value -> !value.isBlank()).ifPresent(value -> edits.run("Event date changed (now fixed by hand).",
                    c -> c.editEvent(event, value, null)));
        });
    }

    private static MenuItem item(String text, Shortcut key, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (key != null) {
            item.setAccelerator(key.combination());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private CheckMenuItem toggle(String text, Shortcut key, PaneLayout layout, String pane) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setSelected(layout.isShown(pane));
        item.setAccelerator(key.combination());
        item.setOnAction(e -> {
            zoom.restore();
            layout.setShown(pane, item.isSelected());
        });
        return item;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        List<Path> cases = recent.list();
        if (cases.isEmpty()) {
            menu.getItems().add(new MenuItem("(none)"));
        }
        cases.forEach(p -> menu.getItems().add(item(p.toString(), null, () -> actions.open(p))));
    }

    private FileChooser caseChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Onrecord cases", "*.onrecord"));
        Path last = recent.last();
        if (last != null && last.getParent() != null) {
            chooser.setInitialDirectory(last.getParent().toFile());
        }
        return chooser;
    }

    private void newCase() {
        File file = caseChooser("New case").showSaveDialog(stage);
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().endsWith(".onrecord")) {
                path = path.resolveSibling(path.getFileName() + ".onrecord");
            }
            actions.create(path);
        }
    }

    private void openCase() {
        File file = caseChooser("Open case").showOpenDialog(stage);
        if (file != null) {
            actions.open(file.toPath());
        }
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            actions.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            actions.importPaths(List.of(folder.toPath()));
        }
    }

    private void exportReport() {
        OpenCase session = actions.session();
        if (session == null) {
            return;
        }
        var vm = new ReportDialogViewModel(preferences, session.path().toString(), session.displayName(),
                session.reportChoices());
        ReportDialog.ask(stage, vm).ifPresent(options -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the report");
            chooser.setInitialFileName(session.displayName() + " report.pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            saveFolders.prepare(chooser, session.path());
            File file = chooser.showSaveDialog(stage);
            saveFolders.remember(session.path(), file);
            if (file != null) {
                actions.writeReport(options, file.toPath());
            }
        });
    }

    private void exportData(String format, String pattern) {
        OpenCase session = actions.session();
        if (session == null) {
            return;
        }
        File target;
        if (pattern == null) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the CSV tables");
            saveFolders.prepare(chooser, session.path());
            target = chooser.showDialog(stage);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export " + format.toUpperCase(Locale.ROOT));
            chooser.setInitialFileName(session.displayName() + pattern.substring(1));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT), pattern));
            saveFolders.prepare(chooser, session.path());
            target = chooser.showSaveDialog(stage);
        }
        saveFolders.remember(session.path(), target);
        if (target != null) {
            actions.exportData(format, target.toPath());
        }
    }

    private void showShortcuts() {
        HelpDialog.show(stage, "Keyboard shortcuts", Shortcut.helpText());
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    /** A damaged case: one sentence, and the offer to restore it from a backup. */
    @Override
    public void damaged(Path caseFile, String sentence) {
        ButtonType restore = new ButtonType("Restore from backup…", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, sentence, restore, keep);
        alert.initOwner(stage);
        alert.setTitle("The case is damaged");
        alert.setHeaderText("The case is damaged");
        alert.showAndWait().filter(restore::equals).ifPresent(b -> restoreFromBackup(caseFile));
    }

    private void saveCopy() {
        OpenCase session = actions.session();
        if (session == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of the case");
        chooser.setInitialFileName(session.displayName() + " copy.onrecord");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Onrecord cases", "*.onrecord"));
        saveFolders.prepare(chooser, session.path());
        File file = chooser.showSaveDialog(stage);
        saveFolders.remember(session.path(), file);
        if (file != null) {
            actions.saveCopy(file.toPath());
        }
    }

    /** Lists the backups off the FX thread (each is opened to count what it holds), then asks which to restore. */
    private void restoreFromBackup(Path caseFile) {
        tasks.run("Listing backups", p -> actions.backupsOf(caseFile), backups -> {
            var vm = new RestoreDialogViewModel(caseFile, backups, ZoneId.systemDefault());
            RestoreDialog.ask(stage, vm).ifPresent(copy -> actions.restore(caseFile, copy));
        }, error -> error("Cannot list the backups", error.getMessage()));
    }

    @Override
    public void importResults(ImportReport report) {
        ImportResultsDialog.show(stage, report);
    }
}
