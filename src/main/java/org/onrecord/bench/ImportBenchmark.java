package org.onrecord.bench;

import org.onrecord.app.AppServices;
import org.onrecord.service.ImportOptions;
import org.onrecord.service.ImportReport;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.onrecord.service.ImportOutcome;

/** Imports a folder of generated ~50 KB pages into a new case and reports articles per second. */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void run(AppServices services, int pages, Path workDir, PrintWriter out) throws IOException {
        Path folder = workDir.resolve("pages");
        if (!Files.isDirectory(folder)) {
            out.printf("writing %d generated pages to %s%n", pages, folder);
            SyntheticPages.write(folder, pages, 50_000, 42);
        }
        Path caseFile = workDir.resolve("import-bench.onrecord");
        Files.deleteIfExists(caseFile);
        long start = System.nanoTime();
        ImportReport report;
        try (CaseStore store = services.cases().create(caseFile)) {
            report = services.importer().importPaths(store, List.of(folder), ImportOptions.defaults(), Progress.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long imported = report.count(ImportOutcome.Status.IMPORTED);
        out.printf(Locale.ROOT, "import: %d pages in %.2f s = %.1f articles/s (%s); case file %.1f MB%n",
                imported, seconds, imported / seconds, report.summary(), Files.size(caseFile) / 1e6);
    }
}
