package org.onrecord;

import org.onrecord.app.AppLog;
import org.onrecord.app.AppServices;
import org.onrecord.cli.OnrecordCommand;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.onrecord.ui.WorkbenchApp;

/** Entry point: a sub-command runs the command line; nothing, or {@code open FILE}, opens the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppLog.installQuietly(AppServices.dataDirectory());
        if (args.length == 0 || (args[0].equals("open") && args.length <= 2 && !isHelp(args))) {
            WorkbenchApp.launchWindow(args.length == 2 ? args[1] : null);
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

    private static boolean isHelp(String[] args) {
        return args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"));
    }
}
