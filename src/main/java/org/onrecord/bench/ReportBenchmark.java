package org.onrecord.bench;

import org.onrecord.app.AppServices;
import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.report.ReportModel;
import org.onrecord.report.ReportOptions;
import org.onrecord.service.ContentHash;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Locale;

/**
 * Times the PDF report on a generated case of 200 articles (about 4 KB of text each) and 1,000
 * statements, some reported by two sources, with mentions and dated events of every precision:
 * without and with the appendix of full source texts, each twice (cold, then warm JVM), and the
 * peak heap of each run (sum of the heap pools' peak usage, reset before the run).
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int statements = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (AppServices services = new AppServices()) {
            PrintWriter out = new PrintWriter(System.out, true);
            run(services, articles, statements, Path.of("target/bench"), out);
        }
    }

    public static void run(AppServices services, int articles, int statements, Path workDir, PrintWriter out) throws IOException {
        Files.createDirectories(workDir);
        Path caseFile = workDir.resolve("report-bench-" + articles + "-" + statements + ".onrecord");
        if (!Files.exists(caseFile)) {
            out.printf("building a case of %d articles and %d statements at %s%n", articles, statements, caseFile);
            out.flush();
            try (CaseStore store = services.cases().create(caseFile)) {
                generate(store, articles, statements);
            }
        }
        out.printf("report of %d articles / %d statements (heap limit %d MB)%n", articles, statements,
                Runtime.getRuntime().maxMemory() >> 20);
        try (CaseStore store = services.cases().open(caseFile)) {
            for (boolean appendix : new boolean[]{false, true}) {
                for (int round = 1; round <= 2; round++) {
                    System.gc();
                    resetPeaks();
                    Path pdf = workDir.resolve("report-bench" + (appendix ? "-appendix" : "") + ".pdf");
                    long t = System.nanoTime();
                    StringBuilder steps = new StringBuilder();
                    Progress timing = new Progress() {
                        @Override
                        public void update(long done, long total, String message) {
                            steps.append(String.format(Locale.ROOT, " %.1f:%s", (System.nanoTime() - t) / 1e9, message));
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    };
                    ReportModel model = services.reports().writePdf(store, ReportOptions.defaults().withTitle("Generated case")
                            .withAppendix(appendix).withSuggestions(true), pdf, timing);
                    double seconds = (System.nanoTime() - t) / 1e9;
                    int pages;
                    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                        pages = doc.getNumberOfPages();
                    }
                    out.printf("  %-16s run %d: %5.1f s, %4d pages, %5.1f MB, peak heap %4d MB (%d rows, %d citations)%n",
                            appendix ? "with appendix" : "without appendix", round, seconds, pages, Files.size(pdf) / 1e6,
                            peakHeap() >> 20, model.counts().statements(), model.counts().citations());
                    if (Boolean.getBoolean("onrecord.bench.steps")) {
                        out.println("    steps:" + steps);
                    }
                    out.flush();
                }
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Writes the generated case into {@code store} (also used by tests of long reports). */
    public static void generate(CaseStore store, int articleCount, int statementCount) {
        SyntheticText text = new SyntheticText(11);
        Random random = new Random(7);
        String[] kinds = {"claim", "denial", "accusation", "threat", "no_comment", "other"};
        String[] names = {"Ada Voss", "Jonas Brekke", "Mira Lindqvist", "Henrik Sahl", "김민준", "José Álvarez", "Søren Ødegård",
                "Ha Eun-ji", "Brightwater Shipping", "Harbour Workers' Union"};
        List<Long> entities = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            entities.add(store.entities().add(names[i], i < 8 ? EntityType.PERSON : EntityType.ORGANIZATION,
                    List.of(names[i].split(" ")[0]), Origin.RESEARCHER, ReviewState.ACCEPTED));
        }
        int perArticle = Math.max(1, statementCount / articleCount);
        LocalDate start = LocalDate.of(2021, 1, 1);
        String previousQuote = null;
        for (int a = 0; a < articleCount; a++) {
            StringBuilder body = new StringBuilder(text.headline()).append("\n\n");
            List<int[]> sentences = new ArrayList<>();
            String repeated = a % 5 == 1 ? previousQuote : null;
            for (int p = 0; p < 10; p++) {
                for (int s = 0; s < 3; s++) {
                    if (s > 0) {
                        body.append(' ');
                    }
                    int at = body.length();
                    body.append(p == 2 && s == 0 && repeated != null ? repeated : text.sentence());
                    sentences.add(new int[]{at, body.length()});
                }
                body.append("\n\n");
            }
            String b = body.toString();
            byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
            long id = store.articles().add(new NewArticle("generated-" + a + ".txt", ContentHash.sha256(bytes), "text/plain", "UTF-8",
                    bytes, b, 0, b.length(), new ArticleMetadata(b.substring(0, b.indexOf('\n')), "Outlet " + (a % 12), "Reporter " + (a % 7),
                    "https://example.org/news/" + a, PublicationDate.day(start.plusDays(a)), "en"), ArticleMetadata.EMPTY));
            for (int i = 0; i < perArticle; i++) {
                int[] s = i == 0 && repeated != null ? sentences.get(6) : sentences.get(1 + i * 5 % (sentences.size() - 1));
                int speaker = random.nextInt(names.length);
                ReviewState state = i == perArticle - 1 && a % 3 == 0 ? ReviewState.SUGGESTED : ReviewState.ACCEPTED;
                store.statements().add(new Statement(0, id, TextSpan.of(b, s[0], s[1]), names[speaker], entities.get(speaker), null, null,
                        a % 4 == 0 ? "Outlet " + (a % 12) : null, kinds[random.nextInt(kinds.length)], true,
                        random.nextBoolean() ? start.plusDays(a - 1) : null, Origin.RESEARCHER, state, AnchorState.ANCHORED));
                store.entities().addMention(entities.get(speaker), id, TextSpan.of(b, s[0], s[0] + 3), Origin.RESEARCHER, ReviewState.ACCEPTED);
            }
            previousQuote = b.substring(sentences.get(1)[0], sentences.get(1)[1]);
            int[] e = sentences.get(2);
            LocalDate day = start.plusDays(a - random.nextInt(30));
            DateValue date = switch (a % 4) {
                case 0 -> DateValue.day(day);
                case 1 -> new DateValue(day.toString().substring(0, 7), day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()),
                        DatePrecision.MONTH);
                case 2 -> new DateValue("PAST_REF", null, day, DatePrecision.VAGUE);
                default -> new DateValue("2021-W" + (1 + a % 50), day, day.plusDays(6), DatePrecision.WEEK);
            };
            store.events().add(new Event(0, id, TextSpan.of(b, e[0], e[0] + 10), date, "Event " + a, false, Origin.RESEARCHER,
                    ReviewState.ACCEPTED, AnchorState.ANCHORED));
        }
    }
}
