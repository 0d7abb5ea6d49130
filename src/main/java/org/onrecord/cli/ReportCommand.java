package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.report.ReportModel;
import org.onrecord.report.ReportOptions;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the case report as PDF: sources, statements with citations, entity index, timeline, notes"
                + " and (with --appendix) the full source texts.")
final class ReportCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write (replaced only when complete).")
    Path out;

    @Option(names = "--appendix", description = "Append every source's text, statements highlighted and numbered as cited.")
    boolean appendix;

    @Option(names = "--no-notes", description = "Leave out the researcher's notes.")
    boolean noNotes;

    @Option(names = "--group-by", defaultValue = "speaker", paramLabel = "speaker|kind",
            description = "Group the statement table by speaker or by kind (default: ${DEFAULT-VALUE}).")
    String groupBy;

    ReportCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        ReportOptions.Grouping grouping = switch (groupBy.toLowerCase(Locale.ROOT)) {
            case "speaker" -> ReportOptions.Grouping.SPEAKER;
            case "kind" -> ReportOptions.Grouping.KIND;
            default -> throw new CliProblem("unknown grouping '" + groupBy + "' (speaker, kind)");
        };
        ReportOptions options = selection.toOptions().withAppendix(appendix).withNotes(!noNotes).groupedBy(grouping);
        try (OpenCase open = services.cases().openCase(caseOption.file)) {
            CaseStore store = open.store();
            long started = System.nanoTime();
            ReportModel model = services.reports().writePdf(store, options, out, Progress.NONE);
            var c = model.counts();
            spec.commandLine().getOut().printf("%s: %d sources, %d statements (%d citations), %d entities, %d dated events (%.1f s)%n",
                    out, c.sources(), c.statements(), c.citations(), c.entities(), c.events(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
