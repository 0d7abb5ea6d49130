package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.service.Backup;
import org.onrecord.service.BackupService;
import org.onrecord.store.NotACaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent copy of a case, also while the window or another command has it open.",
                "Without --out the copy joins the case's backups in the user data folder (see 'restore --list')."})
final class BackupCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--out", paramLabel = "COPY", description = "Where to write the copy (replaced if it exists).")
    Path out;

    BackupCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Path file = caseOption.file;
        if (!Files.isRegularFile(file)) {
            throw new NotACaseException(file, "does not exist; nothing was copied");
        }
        BackupService backups = services.backups();
        var printed = spec.commandLine().getOut();
        if (out == null) {
            Backup taken = backups.backUp(file, BackupService.BY_HAND);
            printed.println(file + ": backup written to " + taken.file() + " (" + BackupLines.contents(taken) + ")");
        } else {
            backups.saveCopy(file, out);
            printed.println(file + ": copy written to " + out);
        }
        printed.flush();
        return 0;
    }
}
