package org.onrecord;

import org.onrecord.app.AppLog;
import org.onrecord.app.AppServices;
import org.onrecord.cli.OnrecordCommand;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.onrecord.ui.WorkbenchApp;

/** Entry point: a sub-command runs the command line; nothing, {@code open FILE} or a case file alone opens the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLog.installQuietly(AppServices.dataDirectory());
        LaunchRequest request = LaunchRequest.of(args);
        if (request.window()) {
            WorkbenchApp.launchWindow(request.caseFile());
            return;
        }
        int status;
        try (AppServices services = new AppServices()) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            status = OnrecordCommand.run(services, args, out, err);
        }
        System.exit(status);
    }
}
