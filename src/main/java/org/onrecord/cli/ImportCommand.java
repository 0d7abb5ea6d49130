package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.ingest.ReadTimeLimit;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.ImportOptions;
import org.onrecord.service.ImportOutcome;
import org.onrecord.service.ImportReport;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (.txt, .md, .html, .htm, .pdf, or folders of them) into a case; creates the case when absent.")
final class ImportCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--title", description = "Title to record instead of the detected one.")
    String title;

    @Option(names = "--outlet", description = "Outlet (publication) to record.")
    String outlet;

    @Option(names = "--author", description = "Author to record.")
    String author;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateArgument.class,
            description = "Publication date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known).")
    PublicationDate published;

    @Option(names = "--url", description = "URL of the article.")
    String url;

    @Option(names = "--language", description = "Language code of the article, e.g. en.")
    String language;

    @Option(names = "--max-size-mb", defaultValue = "50", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Option(names = "--max-read-seconds", defaultValue = "120",
            description = "Skip a file that takes longer than this to read (default: ${DEFAULT-VALUE}).")
    long maxReadSeconds;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    ImportCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ArticleMetadata given = new ArticleMetadata(title, outlet, author, url, published, language);
        if (maxReadSeconds <= 0) {
            throw new CliProblem("--max-read-seconds must be at least 1");
        }
        ImportOptions options = new ImportOptions(given, maxSizeMb * 1024 * 1024, ReadTimeLimit.ofSeconds(maxReadSeconds));
        try (OpenCase open = services.cases().openForWriting(caseOption.file, true)) {
            CaseStore store = open.store();
            ImportReport report = services.importer().importPaths(store, paths, options,
                    new ProgressLine("import", spec.commandLine().getErr()));
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            for (ImportOutcome outcome : report.outcomes()) {
                if (outcome.status() == ImportOutcome.Status.FAILED || outcome.warning() != null) {
                    err.println(outcome.describe());
                } else {
                    out.println(outcome.describe());
                }
            }
            err.println(report.summary());
            out.flush();
            err.flush();
            return report.anyFailed() ? FailureHandler.FAILED : 0;
        }
    }
}
