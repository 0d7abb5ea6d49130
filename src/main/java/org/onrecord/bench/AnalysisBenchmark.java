package org.onrecord.bench;

import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;
import org.onrecord.progress.Progress;
import org.onrecord.service.AnalysisService.ArticleAnalysis;
import org.onrecord.service.ImportOptions;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The suggestions' speed on generated news prose (every sentence dated, so every sentence is also
 * parsed for its event's description: the dearest case): model load time, the first article's
 * latency after loading, and tokens per second over all articles, with the machine's load average
 * beside them (the figures mean little without it on a shared machine).
 */
public final class AnalysisBenchmark {
    private AnalysisBenchmark() {
    }

    public static void run(AppServices services, int articles, Path workDir, PrintWriter out) throws IOException {
        Path folder = workDir.resolve("analysis-texts");
        Files.createDirectories(folder);
        SyntheticText text = new SyntheticText(7);
        for (int i = 1; i <= articles; i++) {
            StringBuilder body = new StringBuilder(text.headline()).append("\n\n");
            for (int p = 0; p < 6; p++) {
                body.append(text.paragraph(4)).append("\n\n");
            }
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "article-%04d.txt", i)), body);
        }
        Path caseFile = workDir.resolve("analysis-bench.onrecord");
        Files.deleteIfExists(caseFile);
        try (CaseStore store = services.cases().create(caseFile)) {
            var given = new ArticleMetadata(null, null, null, null, PublicationDate.day(LocalDate.of(2014, 12, 5)), null);
            services.importer().importPaths(store, List.of(folder), ImportOptions.defaults().withGiven(given), Progress.NONE);
            String loadBefore = loadAverage();
            long began = System.nanoTime();
            List<ArticleAnalysis> done = services.analysis().analyze(store, List.of(), Progress.NONE);
            double whole = (System.nanoTime() - began) / 1e9;
            long tokens = done.stream().mapToLong(ArticleAnalysis::tokens).sum();
            double wall = done.stream().mapToLong(ArticleAnalysis::nanos).sum() / 1e9;
            double cpu = done.stream().mapToLong(ArticleAnalysis::cpuNanos).sum() / 1e9;
            int events = done.stream().mapToInt(ArticleAnalysis::dates).sum();
            int mentions = done.stream().mapToInt(ArticleAnalysis::mentions).sum();
            out.printf(Locale.ROOT, "analysis: %d generated articles, %,d tokens, %,d events and %,d entity mentions suggested; "
                            + "heap max %d MB%n", done.size(), tokens, events, mentions, Runtime.getRuntime().maxMemory() >> 20);
            out.printf(Locale.ROOT, "models loaded in %.1f s; first article %.2f s (%d tokens); articles %.1f s: %,.0f tokens/s wall, "
                            + "%,.0f tokens per CPU second; whole run with loading %.1f s%n", services.analysis().modelLoadMillis() / 1000.0,
                    done.getFirst().nanos() / 1e9, done.getFirst().tokens(), wall, tokens / wall, tokens / cpu, whole);
            out.printf("load average before / after: %s / %s%n", loadBefore, loadAverage());
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
