package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.service.Backup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a copy of a case back in its place, after checking the copy is a healthy case.",
                "The state before is kept as a backup first, so a restore can be taken back the same way."})
final class RestoreCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--from", paramLabel = "COPY", description = "The copy or backup to put back.")
        Path from;

        @Option(names = "--list", description = "List the case's backups, newest first: file, date, size, articles, statements.")
        boolean list;
    }

    RestoreCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path file = caseOption.file;
        if (source.list) {
            List<Backup> backups = services.backups().list(file);
            if (backups.isEmpty()) {
                out.println(file + ": no backups yet (in " + services.backups().folderOf(file) + ")");
            }
            backups.forEach(b -> out.println(BackupLines.row(b)));
        } else {
            Backup before = services.backups().restore(file, source.from);
            out.println(file + ": restored from " + source.from + ".");
            if (before != null) {
                out.println("The state before is kept as " + before.file() + "; 'onrecord restore --case " + file
                        + " --from \"" + before.file() + "\"' takes this restore back.");
            }
        }
        out.flush();
        return 0;
    }
}
