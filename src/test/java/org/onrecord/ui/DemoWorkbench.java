package org.onrecord.ui;

import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.service.ImportReport;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Path;

/** The window's actions without a window, on the demo case built in a test's folder; work runs at once, an error fails the test. */
public final class DemoWorkbench {
    private DemoWorkbench() {
    }

    public static WorkbenchActions open(AppServices services, WorkbenchState state, Path dir) throws Exception {
        Path file = dir.resolve("demo.onrecord");
        try (OpenCase demo = services.cases().createCase(file)) {
            demo.buildDemo(Progress.NONE);
        }
        WorkbenchActions actions = new WorkbenchActions(services, state, new ImmediateTaskRunner(),
                new RecentCases(new MemoryUiPreferences()), dir.resolve("data"), new WorkbenchActions.Dialogs() {
                    @Override
                    public void error(String title, String message) {
                        throw new AssertionError(title + ": " + message);
                    }

                    @Override
                    public void importResults(ImportReport report) {
                    }
                });
        actions.open(file);
        return actions;
    }
}
