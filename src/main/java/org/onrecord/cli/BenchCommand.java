package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.bench.HeadingsBenchmark;
import org.onrecord.bench.ImportBenchmark;
import org.onrecord.bench.SearchBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.bench.ExtractionBenchmark;
import org.onrecord.bench.ReportBenchmark;
import org.onrecord.bench.WindowBenchmark;
import org.onrecord.bench.WorkbenchBenchmark;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: 'import' (a folder of generated ~50 KB pages), 'search' (a generated large case),",
                "'workbench' (view models over 10,000 articles / 50,000 statements),",
                "'window' (the real window on the same case, rendered: headless Glass or Xvfb),",
                "'report' (the PDF report of a generated 200-article / 1,000-statement case),",
                "'extraction' (body extraction on ../shared/eval/article-extraction, scored beside the peer tools),",
                "'headings' (plain text with 1,000 to 8,000 heading-like lines, or --count of them)."})
final class BenchCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "import | search | workbench | window | report | extraction | headings")
    String what;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "For extraction: [--data DIR] [--out FILE] [--all-pages] [--per-page]")
    List<String> extra = new ArrayList<>();

    @Option(names = "--count", description = "Pages to import, or articles in the search case (default: 2000 / 10000).")
    Integer count;

    @Option(names = "--statements", defaultValue = "50000", description = "Statements in the workbench case (default: ${DEFAULT-VALUE}).")
    int statements;

    @Option(names = "--samples", defaultValue = "20", description = "Timed runs of each window interaction (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--queries", defaultValue = "300", description = "Search queries to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--work-dir", defaultValue = "target/bench", description = "Where generated data goes (default: ${DEFAULT-VALUE}).")
    Path workDir;

    BenchCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        switch (what) {
            case "import" -> ImportBenchmark.run(services, count == null ? 2000 : count, workDir, out);
            case "search" -> SearchBenchmark.run(services, count == null ? 10_000 : count, queries, workDir, out);
            case "workbench" -> WorkbenchBenchmark.run(services, count == null ? 10_000 : count,
                    statements, workDir, out);
            case "window" -> WindowBenchmark.run(services, count == null ? 10_000 : count,
                    statements, samples, workDir, out);
            case "report" -> ReportBenchmark.run(services, count == null ? 200 : count,
                    statements == 50000 ? 1000 : statements, workDir, out);
            case "headings" -> HeadingsBenchmark.run(count, out);
            case "extraction" -> {
                return ExtractionBenchmark.run(extra.toArray(String[]::new));
            }
            default -> throw new CliProblem("unknown benchmark '" + what + "' (import, search, workbench, window, report, extraction, headings)");
        }
        out.flush();
        return 0;
    }
}
