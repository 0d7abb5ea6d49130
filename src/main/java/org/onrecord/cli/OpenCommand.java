package org.onrecord.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** Documented here for --help; the launcher opens the window itself before the command line runs. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the workbench window on a case.")
final class OpenCommand implements Runnable {
    @Parameters(arity = "0..1", paramLabel = "CASE_FILE")
    Path file;

    @Override
    public void run() {
        throw new CliProblem("the window cannot be opened from here");
    }
}
