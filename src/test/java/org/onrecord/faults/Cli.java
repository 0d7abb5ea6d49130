package org.onrecord.faults;

import org.onrecord.app.AppServices;
import org.onrecord.cli.OnrecordCommand;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The real command line, run in this JVM, with what it printed. */
record Cli(int status, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AppServices services = new AppServices()) {
            int status = OnrecordCommand.run(services, args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Cli(status, out.toString(), err.toString());
        }
    }

    /** Everything it said, for assertion messages. */
    String said() {
        return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
