package org.onrecord.cli;

import org.onrecord.app.AppServices;
import org.onrecord.service.AnalysisService;
import org.onrecord.service.AnalysisService.Kind;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Suggest annotations automatically (marked 'suggested', never replacing a researcher's or a reviewed one).",
                "Entities (people, organisations, places, works, other names) grouped with their other names across the case,",
                "dated expressions resolved against each article's publication date (each an event described from its sentence",
                "and linked to the entities it names), and statements (quoted and reported words with speaker, reporting verb,",
                "addressee, kind and confidence). Progress on stderr.",
                "The entity models need about 1.5 GB of heap (the onrecord launcher gives it)."})
final class AnalyzeCommand implements Callable<Integer> {
    private final AppServices services;

    @Spec
    CommandSpec spec;

    @Mixin
    CaseOption caseOption;

    @Option(names = "--article", paramLabel = "ID", split = ",", description = "Only these articles (default: all).")
    List<Long> articles = List.of();

    @Option(names = "--only", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            description = "Only these kinds: entities, dates, statements (default: all).")
    List<Kind> only = List.of();

    @Option(names = "--after-import", paramLabel = "on|off",
            description = "Switch the suggestions the window makes after each import on or off for this case (and do nothing else).")
    String afterImport;

    AnalyzeCommand(AppServices services) {
        this.services = services;
    }

    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            try {
                return Kind.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown kind '" + value + "' (entities, dates, statements)");
            }
        }
    }

    @Override
    public Integer call() {
        Set<Kind> kinds = only.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(only);
        try (OpenCase open = services.cases().openForWriting(caseOption.file, false)) {
            CaseStore store = open.store();
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            if (afterImport != null) {
                if (!afterImport.equals("on") && !afterImport.equals("off")) {
                    throw new CliProblem("--after-import takes on or off, not '" + afterImport + "'");
                }
                services.analysis().setSuggestsAfterImport(store, afterImport.equals("on"));
                out.println("suggestions after import: " + afterImport);
                return 0;
            }
            int total = 0;
            int problems = 0;
            List<AnalysisService.ArticleAnalysis> done = services.analysis().analyze(store, articles, kinds, new ProgressLine(err));
            for (AnalysisService.ArticleAnalysis a : done) {
                out.printf("%d\t%d entity mentions, %d dated expressions suggested, %d statements suggested\t%s%n", a.articleId(),
                        a.mentions(), a.dates(), a.statements(), a.title());
                if (a.problem() != null) {
                    err.println("article " + a.articleId() + " (" + a.title() + "): " + a.problem());
                    problems++;
                }
                total += a.suggested();
            }
            err.println(total + " suggestions; review them in the window (dashed highlights)");
            speed(err, done);
            out.flush();
            return problems == 0 ? 0 : 1;
        }
    }

    /** Load time, first-article latency and throughput (wall clock, and per CPU second of the analysing thread). */
    private void speed(PrintWriter err, List<AnalysisService.ArticleAnalysis> done) {
        long tokens = done.stream().mapToLong(AnalysisService.ArticleAnalysis::tokens).sum();
        if (tokens == 0) {
            return;
        }
        double wall = done.stream().mapToLong(AnalysisService.ArticleAnalysis::nanos).sum() / 1e9;
        double cpu = done.stream().mapToLong(AnalysisService.ArticleAnalysis::cpuNanos).sum() / 1e9;
        long load = services.analysis().modelLoadMillis();
        err.printf(Locale.ROOT, "models loaded in %.1f s; first article %.2f s (%d tokens); %,d tokens in %.1f s: %,.0f tokens/s, "
                        + "%,.0f tokens per CPU second%n", load / 1000.0, done.getFirst().nanos() / 1e9, done.getFirst().tokens(),
                tokens, wall, tokens / wall, cpu > 0 ? tokens / cpu : 0.0);
    }

    /** One line on stderr, rewritten in place on a terminal ("articles 3/10 · 1,240 tokens/s · 0:45 left · title"). */
    private static final class ProgressLine implements Progress {
        private final PrintWriter err;
        private final boolean terminal = System.console() != null;
        private long last;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, String message) {
            long now = System.nanoTime();
            if (terminal) {
                String line = message.length() > 110 ? message.substring(0, 110) : message;
                err.print("\r" + line + " ".repeat(Math.max(0, 112 - line.length())) + (done == total ? "\n" : ""));
                err.flush();
            } else if (done == total || now - last > 2_000_000_000L) {
                err.println(message);
                err.flush();
                last = now;
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
