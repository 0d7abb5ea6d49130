package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a case (JSON: the export contract).")
final class ExportCommand implements Callable<Integer> {
    private final AppServices services;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--format", required = true, description = "Export format: json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    ExportCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        if (!"json".equalsIgnoreCase(format)) {
            throw new CliProblem("unknown format '" + format + "' (available: json)");
        }
        try (CaseStore store = services.cases().open(caseOption.file)) {
            if (out == null) {
                services.exporter().exportJson(store, System.out);
            } else {
                services.exporter().exportJson(store, out);
            }
            return 0;
        }
    }
}
