package org.onrecord.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;
import org.onrecord.app.AppServices;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.progress.Progress;
import org.onrecord.service.ImportReport;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.state.WorkbenchState;
import org.onrecord.ui.statements.StatementsViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 1 of issue 13, done for real: the window's model holds a case open while the command line,
 * in a JVM of its own, edits the same statement. The window's next change to that statement keeps
 * what the command line wrote, refuses to overwrite a field both changed, and the window sees the
 * other program's changes when it polls.
 */
class SecondWriterTest {
    @TempDir
    Path dir;
    Path file;
    AppServices services;
    WorkbenchState state;
    WorkbenchActions actions;
    StatementsViewModel table;
    final List<String> said = new ArrayList<>();

    @BeforeEach
    void openInTheWindow() throws Exception {
        services = new AppServices();
        file = dir.resolve("demo.onrecord");
        try (OpenCase demo = services.cases().createCase(file)) {
            demo.buildDemo(Progress.NONE);
        }
        state = new WorkbenchState();
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        actions = new WorkbenchActions(services, state, tasks, new RecentCases(new MemoryUiPreferences()), dir.resolve("data"),
                new WorkbenchActions.Dialogs() {
                    @Override
                    public void error(String title, String message) {
                        said.add(title + ": " + message);
                    }

                    @Override
                    public void importResults(ImportReport report) {
                    }
                });
        actions.open(file);
        table = new StatementsViewModel(state, new EditRunner(tasks, actions::commands, said::add));
    }

    @AfterEach
    void close() {
        actions.close();
        services.close();
    }

    @Test
    void theWindowKeepsWhatTheCommandLineWroteAndRefusesToOverwriteIt() throws Exception {
        Statement seen = state.snapshot().statements().getFirst();
        String otherKind = otherKind(seen.kind());
        commandLine("statement", "edit", String.valueOf(seen.id()), "--case", file.toString(), "--via", "Reuters",
                "--kind", otherKind);

        // The window still shows the old row; the researcher changes the via there too.
        table.setVia(seen.id(), "the window's via");

        assertThat(said.getLast()).startsWith("Not changed: statement " + seen.id() + " was changed by another program")
                .contains("(via)").contains("make the change again");
        assertThat(stored(seen.id()).via()).isEqualTo("Reuters");

        // A field the command line did not touch: only that field is written.
        table.setDirect(seen.id(), !seen.direct());

        Statement now = stored(seen.id());
        assertThat(now.direct()).isEqualTo(!seen.direct());
        assertThat(now.via()).isEqualTo("Reuters");
        assertThat(now.kind()).isEqualTo(otherKind);
    }

    @Test
    void theWindowSeesAnotherProgramsChangesWhenItLooks() throws Exception {
        OpenCase session = actions.session();
        Statement seen = state.snapshot().statements().get(1);
        long reads = session.wholeCaseReads();
        actions.checkForOutsideChanges();
        table.setVia(seen.id(), "a via typed in the window");
        actions.checkForOutsideChanges();
        assertThat(session.wholeCaseReads()).as("the window's own edits are not another program's").isEqualTo(reads);

        String otherKind = otherKind(seen.kind());
        commandLine("statement", "edit", String.valueOf(seen.id()), "--case", file.toString(), "--speaker", "Someone Else",
                "--kind", otherKind);
        actions.checkForOutsideChanges();

        assertThat(state.snapshot().statement(seen.id()).orElseThrow().speaker()).isEqualTo("Someone Else");
        assertThat(state.snapshot().statement(seen.id()).orElseThrow().via()).isEqualTo("a via typed in the window");
        assertThat(table.rows()).anyMatch(r -> r.id() == seen.id() && r.kind().equals(otherKind));
        assertThat(session.wholeCaseReads()).isEqualTo(reads + 1);
    }

    private String otherKind(String kind) {
        return state.snapshot().kinds().stream().map(StatementKind::code).filter(k -> !k.equals(kind)).findFirst().orElseThrow();
    }

    private Statement stored(long id) {
        return actions.session().store().statements().find(id).orElseThrow();
    }

    private static void commandLine(String... args) throws Exception {
        ChildJvm.Result result = ChildJvm.run(List.of("-Xmx256m"), Launcher.class, args);
        assertThat(result.status()).as(result.out() + result.err()).isZero();
    }
}
