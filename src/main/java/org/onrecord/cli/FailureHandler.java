package org.onrecord.cli;

import org.onrecord.store.StoreException;
import picocli.CommandLine;

import java.io.IOException;

/** Turns failures into one clear line on stderr (no stack trace for problems the user can fix). */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String name = commandLine.getCommandName();
        if (e instanceof StoreException || e instanceof IOException || e instanceof CliProblem || e instanceof IllegalArgumentException) {
            commandLine.getErr().println(name + ": " + e.getMessage());
        } else {
            commandLine.getErr().println(name + ": unexpected error: " + e);
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return FAILED;
    }
}
