package org.onrecord.cli;

import org.onrecord.app.AppServices;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and keeps what it printed. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AppServices services = new AppServices()) {
            int status = OnrecordCommand.run(services, args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CliRun(status, out.toString(), err.toString());
        }
    }
}
