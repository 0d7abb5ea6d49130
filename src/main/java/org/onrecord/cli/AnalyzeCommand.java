package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.service.AnalysisService;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Suggest annotations automatically (marked 'suggested', never replacing a researcher's).",
                "Now: dated expressions resolved against each article's publication date."})
final class AnalyzeCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--article", paramLabel = "ID", split = ",", description = "Only these articles (default: all).")
    List<Long> articles = List.of();

    AnalyzeCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (OpenCase open = services.cases().openCase(caseOption.file)) {
            CaseStore store = open.store();
            var out = spec.commandLine().getOut();
            int total = 0;
            for (AnalysisService.ArticleAnalysis a : services.analysis().analyze(store, articles, Progress.NONE)) {
                out.printf("%d\t%d dated expressions suggested\t%s%n", a.articleId(), a.suggested(), a.title());
                total += a.suggested();
            }
            spec.commandLine().getErr().println(total + " suggestions; review them in the window (dashed highlights)");
            out.flush();
            return 0;
        }
    }
}
