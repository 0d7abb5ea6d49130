package org.onrecord.ui.statements;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.Statement;
import org.onrecord.ui.DemoWorkbench;
import org.onrecord.ui.WorkbenchActions;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A changed statement reaches the table by its own row: the other rows are not gone through (counted), and the table is right. */
class StatementPatchTest {
    @TempDir
    Path dir;
    AppServices services;
    WorkbenchState state = new WorkbenchState();
    WorkbenchActions actions;

    @BeforeEach
    void openDemo() throws Exception {
        services = new AppServices();
        actions = DemoWorkbench.open(services, state, dir);
    }

    @AfterEach
    void close() {
        actions.close();
        services.close();
    }

    @Test
    void aKindChangeLooksAtOneRow() {
        StatementsViewModel table = new StatementsViewModel(state);
        assertThat(table.rows().size()).isGreaterThan(5);
        for (int n : new int[]{0, table.rows().size() / 2, table.rows().size() - 1}) {
            Statement s = state.snapshot().statement(table.rows().get(n).id()).orElseThrow();
            long before = table.touchedLookups();
            actions.commands().changeKind(s, "denial".equals(s.kind()) ? "claim" : "denial");
            assertThat(table.touchedLookups() - before).as("rows looked at for statement %d", s.id()).isEqualTo(1);
            assertThat(table.rows()).containsExactlyElementsOf(new StatementsViewModel(state).rows());
        }
        actions.commands().undo();
        assertThat(table.rows()).containsExactlyElementsOf(new StatementsViewModel(state).rows());
    }
}
