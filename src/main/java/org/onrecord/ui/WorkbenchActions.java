package org.onrecord.ui;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;
import org.onrecord.app.AppServices;
import org.onrecord.report.ReportOptions;
import org.onrecord.service.CaseDelta;
import org.onrecord.service.Backup;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.DamagedCaseException;
import org.onrecord.service.ImportOutcome;
import org.onrecord.service.ImportReport;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.annotate.ServiceAnnotationCommands;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.common.StatusBar;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the menus, shortcuts and drops do with cases: open, create, import, reload. Every slow step
 * runs through the task runner; results come back on the FX thread.
 */
public final class WorkbenchActions {
    private final AppServices services;
    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final RecentCases recent;
    private final Path dataDirectory;
    private final ObjectProperty<OpenCase> session = new SimpleObjectProperty<>();
    private AnnotationCommands commands;
    private final Dialogs dialogs;
    private final EditRunner edits;
    private StatusBar status;
    private final List<List<CaseDelta>> readsUnderWay = new ArrayList<>();
    private boolean checking;

    /** How long opening waits for the integrity check before the case is shown and the check goes on behind. */
    static final Duration OPEN_CHECK = Duration.ofSeconds(2);
    static final Duration BACKGROUND_CHECK = Duration.ofMinutes(30);
    private Duration openCheck = OPEN_CHECK;

    public WorkbenchActions(AppServices services, WorkbenchState state, TaskRunner tasks, RecentCases recent,
                            Path dataDirectory, Dialogs dialogs) {
        this.services = services;
        this.state = state;
        this.tasks = tasks;
        this.recent = recent;
        this.dataDirectory = dataDirectory;
        this.dialogs = dialogs;
        this.edits = new EditRunner(tasks, this::commands, this::say, state::readOnly);
    }

    void attach(StatusBar statusBar) {
        this.status = statusBar;
    }

    public ObjectProperty<OpenCase> sessionProperty() {
        return session;
    }

    /** The open case, or null. */
    public OpenCase session() {
        return session.get();
    }

    /** The panes' commands on the open case (each change reloads the panes), or null when none is open. */
    public AnnotationCommands commands() {
        return commands;
    }

    /**
     * Opens a case after checking its integrity for at most {@link #OPEN_CHECK}; a large case's check
     * goes on in the background once it is on screen. A damaged case opens read-only, with the offer
     * to restore it from a backup.
     */
    public void open(Path file) {
        say("Opening " + file.getFileName() + "…");
        tasks.run("Opening " + file.getFileName(), p -> {
            OpenCase opened = services.cases().openChecked(file, openCheck);
            CaseSnapshot read = opened.snapshotBeforeSaidOn();
            // With every "said on" answer kept in the case the panes are filled once, marks included;
            // only a case opened for the first time (or changed by another program) has them follow.
            Optional<Set<Long>> kept = opened.keptSaidOn(read);
            Opened shown = kept.map(marks -> new Opened(opened, read.withAssumedSaidOn(marks), false))
                    .orElseGet(() -> new Opened(opened, read, true));
            state.prepare(shown.snapshot()); // the panes' rows made here, off the FX thread
            return shown;
        }, opened -> {
            show(opened);
            afterOpen(opened.session());
        }, error -> {
            if (error instanceof DamagedCaseException damaged) {
                say(damaged.getMessage());
                dialogs.damaged(damaged.file(), damaged.getMessage());
            } else {
                fail("Cannot open the case", error);
            }
        });
    }

    /** How long opening waits for the integrity check (a test makes every case "large" with zero). */
    void checkOnOpenFor(Duration budget) {
        this.openCheck = budget;
    }

    private void afterOpen(OpenCase opened) {
        if (opened.damage().isPresent()) {
            say(opened.damage().get());
            dialogs.damaged(opened.path(), opened.damage().get());
        } else if (opened.readOnly().isPresent()) {
            say("Read-only: " + opened.readOnly().get());
        } else if (opened.checkUnfinished()) {
            tasks.run("Checking " + opened.path().getFileName(), p -> services.cases().finishCheck(opened, BACKGROUND_CHECK), damage -> {
                if (damage.isPresent() && session.get() == opened) {
                    state.setReadOnly(damage.get());
                    say(damage.get());
                    dialogs.damaged(opened.path(), damage.get());
                }
            }, error -> say("The integrity check of " + opened.path().getFileName() + " did not finish: " + error.getMessage()));
        } else {
            tasks.runQuietly(p -> {
                services.cases().backUpIfDue(opened);
                return null;
            }, x -> { }, error -> say("No automatic backup of " + opened.path().getFileName() + ": " + error.getMessage()));
        }
    }

    /** File › Save a copy…: a consistent copy of the open case, the whole case in one file. */
    public void saveCopy(Path target) {
        OpenCase current = session.get();
        if (current == null) {
            return;
        }
        tasks.run("Saving a copy", p -> {
            services.backups().saveCopy(current.path(), target);
            return target;
        }, written -> say("Copy saved: " + written + "."), error -> fail("Copy failed", error));
    }

    /** The backups of a case, newest first, for File › Restore from backup…. */
    public List<Backup> backupsOf(Path caseFile) {
        return services.backups().list(caseFile);
    }

    /**
     * Puts {@code copy} back as {@code caseFile}'s content and opens it: the case is closed first (its
     * undo history would no longer match), and its state before is kept as a backup.
     */
    public void restore(Path caseFile, Path copy) {
        OpenCase current = session.get();
        if (current != null && current.path().toAbsolutePath().equals(caseFile.toAbsolutePath())) {
            close();
        }
        tasks.run("Restoring " + caseFile.getFileName(), p -> services.backups().restore(caseFile, copy), before -> {
            say("Restored " + caseFile.getFileName() + " from " + copy.getFileName()
                    + "; the state before is kept as a backup (File › Restore from backup… lists it).");
            open(caseFile);
        }, error -> fail("Restore failed", error));
    }

    public void create(Path file) {
        tasks.run("Creating " + file.getFileName(), p -> {
            if (Files.exists(file)) {
                Files.delete(file);
            }
            OpenCase created = services.cases().createCase(file);
            return new Opened(created, created.snapshot());
        }, this::show, error -> fail("Cannot create the case", error));
    }

    /** Opens the demo case, building it first when it does not exist yet. */
    public void openDemo() {
        Path file = dataDirectory.resolve("Demo case.onrecord");
        tasks.run("Building the demo case", p -> {
            Files.createDirectories(dataDirectory);
            OpenCase opened;
            if (Files.exists(file)) {
                opened = services.cases().openCase(file);
            } else {
                opened = services.cases().createCase(file);
                try {
                    opened.buildDemo(p);
                } catch (Exception e) {
                    opened.close();
                    Files.deleteIfExists(file);
                    throw e;
                }
            }
            return new Opened(opened, opened.snapshot());
        }, this::show, error -> fail("Cannot open the demo case", error));
    }

    /** A case read for showing; {@code saidOnToCome}: which "said on" days are assumed is still to be read. */
    private record Opened(OpenCase session, CaseSnapshot snapshot, boolean saidOnToCome) {
        Opened(OpenCase session, CaseSnapshot snapshot) {
            this(session, snapshot, false);
        }
    }

    private void show(Opened opened) {
        OpenCase previous = session.get();
        OpenCase current = opened.session();
        // An edit's rows reach the panes from the history (see showEdit); only suggestions need a re-read.
        commands = new ServiceAnnotationCommands(current.edits(), () -> { }, () -> tasks.later(this::reload));
        current.onEdit(delta -> tasks.later(() -> showEdit(current, delta)));
        state.setReadOnly(current.readOnly().orElse(null));
        session.set(opened.session());
        state.reset(opened.snapshot());
        if (!opened.snapshot().articles().isEmpty()) {
            state.selectArticle(opened.snapshot().articles().getFirst().id(), PaneId.OTHER);
        }
        recent.opened(opened.session().path());
        say("Opened " + opened.session().path() + " — " + opened.snapshot().articles().size() + " articles, "
                + opened.snapshot().statements().size() + " statements, " + opened.snapshot().events().size() + " events.");
        if (opened.saidOnToCome()) {
            // The slow part of reading a case, after it is on screen; edits made meanwhile keep their own marks.
            tasks.runQuietly(p -> current.assumedSaidOn(opened.snapshot()), (Set<Long> assumed) -> {
                if (session.get() == current && !assumed.isEmpty()) {
                    state.replaceSnapshot(state.snapshot().withAssumedSaidOnFrom(opened.snapshot(), assumed));
                }
            }, error -> fail("Cannot read the case", error));
        }
        if (previous != null) {
            tasks.runQuietly(p -> {
                previous.close();
                return null;
            }, x -> { }, e -> say(e.getMessage())); // e.g. its changes could not all be folded into the file (full disk)
        }
    }

    public void close() {
        OpenCase previous = session.get();
        commands = null;
        session.set(null);
        state.setReadOnly(null);
        state.reset(CaseSnapshot.EMPTY);
        if (previous != null) {
            previous.close();
        }
    }

    /** Imports in the background with progress and cancel; failures are listed per file afterwards. */
    public void importPaths(List<Path> paths) {
        OpenCase current = session.get();
        if (current == null || paths.isEmpty()) {
            return;
        }
        if (current.damage().isPresent()) {
            dialogs.damaged(current.path(), current.damage().get());
            return;
        }
        if (current.readOnly().isPresent()) {
            say(EditRunner.refused(current.readOnly().get()));
            return;
        }
        tasks.run("Importing", p -> current.importPaths(paths, p), (ImportReport report) -> {
            say("Import: " + report.summary() + ".");
            reload();
            List<ImportOutcome> failed = report.outcomes().stream().filter(o -> o.status() == ImportOutcome.Status.FAILED).toList();
            if (!failed.isEmpty() || report.cancelled()) {
                dialogs.importResults(report);
            }
            suggestAfterImport(current, report);
        }, error -> fail("Import failed", error));
    }

    /** Suggestions for the new articles, in the background, unless the case switched them off. */
    private void suggestAfterImport(OpenCase current, ImportReport report) {
        List<Long> imported = report.outcomes().stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED)
                .map(ImportOutcome::articleId).toList();
        if (imported.isEmpty() || !current.suggestsAfterImport()) {
            return;
        }
        tasks.run("Suggesting entities, dates and statements", p -> current.suggestAfterImport(imported, p), added -> {
            say(added + " suggestions in the new articles (dashed); review them, or switch this off with "
                    + "'onrecord analyze --case FILE --after-import off'.");
            reload();
        }, error -> fail("Suggestions failed", error));
    }

    /** Writes the PDF report in the background, with progress and cancel; the old file stays until the new one is whole. */
    public void writeReport(ReportOptions options, Path target) {
        OpenCase current = session.get();
        if (current == null) {
            return;
        }
        tasks.run("Writing the report", p -> current.writePdf(options, target, p),
                model -> say("Report written: " + target + " (" + model.statementCount() + " statements)."),
                error -> fail("Report failed", error));
    }

    /** JSON data, CSV tables (a folder), REFI-QDA project, or the HTML report. */
    public void exportData(String format, Path target) {
        OpenCase current = session.get();
        if (current == null) {
            return;
        }
        var options = ReportOptions.defaults().withAppendix(true);
        tasks.run("Exporting " + format.toUpperCase(Locale.ROOT), p -> {
            switch (format) {
                case "json" -> current.exportJson(target);
                case "csv" -> current.writeCsvTables(options, target, p);
                case "qdpx" -> current.writeQdpx(options, target, p);
                case "html" -> current.writeHtml(options, target, p);
                default -> throw new IllegalArgumentException("unknown format " + format);
            }
            return target;
        }, written -> say("Exported to " + written + "."), error -> fail("Export failed", error));
    }

    /** The Undo menu item: what it takes back, disabled when there is nothing to undo. */
    public Optional<String> undoDescription() {
        return commands == null ? Optional.empty() : commands.undoDescription();
    }

    public Optional<String> redoDescription() {
        return commands == null ? Optional.empty() : commands.redoDescription();
    }

    /** Ctrl+Z: undoes the last edit of this session, whichever pane made it. */
    public void undo() {
        step(AnnotationCommands::undo, "Undone: ", "Nothing to undo.");
    }

    /** Ctrl+Shift+Z. */
    public void redo() {
        step(AnnotationCommands::redo, "Redone: ", "Nothing to redo.");
    }

    private void step(Function<AnnotationCommands, Optional<String>> step, String done, String nothing) {
        AnnotationCommands c = commands;
        if (c != null) {
            tasks.runQuietly(p -> step.apply(c).map(d -> done + d).orElse(nothing), this::say,
                    error -> say("Not changed: " + error.getMessage()));
        }
    }

    /** Del: deletes the statement, event or entity that has the focus; Ctrl+Z brings it back. */
    public void deleteFocused() {
        switch (state.focus().focus()) {
            case Focus.OnStatement f -> edits.run("Statement deleted (Ctrl+Z brings it back).", c -> c.deleteStatement(f.statementId()));
            case Focus.OnEvent f -> edits.run("Event deleted (Ctrl+Z brings it back).", c -> c.deleteEvent(f.eventId()));
            case Focus.OnEntity f -> edits.run("Entity deleted (Ctrl+Z brings it back).", c -> c.deleteEntity(f.entityId()));
            case null, default -> say("Select a statement, an event or an entity first.");
        }
    }

    /**
     * An edit, undo or redo (from any pane, or from a dialog) as the history wrote it: its rows are
     * applied to what the panes show, without reading the case again. Null: the edit could not say
     * which rows it changed, so the case is read again.
     */
    private void showEdit(OpenCase edited, CaseDelta delta) {
        if (session.get() != edited) {
            return;
        }
        if (delta == null) {
            reload();
            return;
        }
        state.applyDelta(delta);
        readsUnderWay.forEach(during -> during.add(delta));
    }

    /** Re-reads the case after a change; the focus is kept by id. */
    public void reload() {
        OpenCase current = session.get();
        if (current == null) {
            return;
        }
        // Edits applied while the case is being read may be missing from what the read returns: applied again after it.
        List<CaseDelta> during = new ArrayList<>();
        readsUnderWay.add(during);
        tasks.runQuietly(p -> current.snapshot(), (CaseSnapshot snapshot) -> {
            readsUnderWay.remove(during);
            if (session.get() == current) {
                state.replaceSnapshot(snapshot);
                during.forEach(state::applyDelta);
            }
        }, error -> {
            readsUnderWay.remove(during);
            fail("Cannot read the case", error);
        });
    }

    /**
     * Asks (in the background) whether another program changed the case file since it was last
     * read, and reads it again if so: the window polls this every few seconds and when it gets the
     * keyboard focus back.
     */
    public void checkForOutsideChanges() {
        OpenCase current = session.get();
        if (current == null || checking) {
            return;
        }
        checking = true;
        tasks.runQuietly(p -> current.changedElsewhere(), (Boolean changed) -> {
            checking = false;
            if (changed && session.get() == current) {
                say("This case was changed by another program; the window now shows those changes.");
                reload();
            }
        }, error -> checking = false);
    }

    private void fail(String what, Throwable error) {
        if (error instanceof CancellationException) {
            say(what.replace("failed", "cancelled") + ".");
            return;
        }
        String reason = error.getMessage() == null ? error.toString() : error.getMessage();
        say(what + ": " + reason);
        dialogs.error(what, reason);
    }

    private void say(String text) {
        if (status != null) {
            if (Platform.isFxApplicationThread()) {
                status.say(text);
            } else {
                Platform.runLater(() -> status.say(text));
            }
        }
    }

    /** The dialogs actions may need; the window implements them, tests can record them. */
    public interface Dialogs {
        void error(String title, String message);

        void importResults(ImportReport report);

        /** The case is damaged: say so in one sentence and offer to restore it from a backup. */
        default void damaged(Path caseFile, String sentence) {
            error("The case is damaged", sentence);
        }

        default Window owner() {
            return null;
        }
    }

    static Consumer<Throwable> ignore() {
        return e -> { };
    }
}
