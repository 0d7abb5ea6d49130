package org.onrecord.cli;

import org.onrecord.store.StoreException;
import picocli.CommandLine;

import java.io.IOException;

/** Turns failures into one clear line on stderr (no stack trace for problems the user can fix). */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;
    private static final System.Logger LOG = System.getLogger(FailureHandler.class.getName());

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String name = commandLine.getCommandName();
        if (e instanceof StoreException || e instanceof IOException || e instanceof CliProblem || e instanceof IllegalArgumentException) {
            commandLine.getErr().println(name + ": " + e.getMessage());
        } else if (e instanceof IllegalStateException && e.getMessage() != null) {
            // a known state the user can change (e.g. too little memory for the language models): the sentence says how
            LOG.log(System.Logger.Level.WARNING, name + " failed", e);
            commandLine.getErr().println(name + ": " + e.getMessage());
        } else {
            // a bug: one line for the researcher, the stack trace for the bug report in the log folder
            LOG.log(System.Logger.Level.ERROR, name + " failed unexpectedly", e);
            commandLine.getErr().println(name + ": unexpected error (" + e + "); the details are in the log folder "
                    + "(Help › Open log folder in the window) — please attach them to a bug report");
        }
        commandLine.getErr().flush();
        return FAILED;
    }
}
