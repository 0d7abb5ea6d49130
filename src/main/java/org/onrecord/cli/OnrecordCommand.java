package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.ingest.ControlCharacters;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code onrecord} command and its sub-commands, over the same services the window uses. */
@Command(name = "onrecord", mixinStandardHelpOptions = true, version = "Onrecord 0.1.0",
        description = "Offline investigation workbench: who said what, when, and where it is written.",
        subcommands = {ImportCommand.class, ListCommand.class, SearchCommand.class, ExportCommand.class, ReportCommand.class, AnalyzeCommand.class,
                OpenCommand.class, DemoCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class,
                EntityCommands.Group.class, EntityCommands.MentionGroup.class, StatementCommands.Group.class,
                EventCommands.Group.class, NoteCommands.Group.class, ArticleCommands.Group.class, ReviewCommands.Group.class,
                CommandLine.HelpCommand.class})
public final class OnrecordCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the command line with the given arguments and returns the exit status. */
    public static int run(AppServices services, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new OnrecordCommand(), new ServicesFactory(services));
        commandLine.setOut(TerminalSafeWriter.wrap(out));
        commandLine.setErr(TerminalSafeWriter.wrap(err));
        // "--name @notes.txt" is a name, not the contents of notes.txt
        commandLine.setExpandAtFiles(false);
        // what is typed is stored without terminal control characters (help stays uncoloured, as it is filtered)
        commandLine.registerConverter(String.class, ControlCharacters::strip);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
