package org.onrecord.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.onrecord.ingest.html.HtmlBodyExtractor;

/**
 * Runs {@link HtmlBodyExtractor} over the article-extraction benchmark pages, writes the
 * predictions file the shared scorer reads, and prints the scorer's table.
 *
 * <p>Usage: {@code ExtractionBenchmark [--data DIR] [--out FILE] [--all-pages] [--per-page]};
 * the data folder defaults to {@code ../shared/eval/article-extraction} (relative to the repo
 * root), the output to {@code bench-out/extraction-predictions.json}.
 */
public final class ExtractionBenchmark {

    private static final Path DEFAULT_DATA = Path.of("../shared/eval/article-extraction");
    private static final Path DEFAULT_OUT = Path.of("bench-out/extraction-predictions.json");
    private static final String SUFFIX = ".html.gz";

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(run(args));
    }

    /** Writes the predictions, scores them beside the peers and returns the scorer's exit status. */
    public static int run(String... args) throws IOException, InterruptedException {
        Path data = DEFAULT_DATA;
        Path out = DEFAULT_OUT;
        List<String> scorerArgs = new ArrayList<>();
        boolean englishOnly = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--all-pages" -> englishOnly = false;
                case "--per-page" -> scorerArgs.add("--per-page");
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (englishOnly) {
            scorerArgs.add("--english-only");
        }
        writePredictions(data, out);
        return score(data, out, scorerArgs);
    }

    /**
     * Extracts every {@code html/*.html.gz} page of {@code dataDir} and writes
     * {@code {id: {"articleBody": text}}} as UTF-8 JSON to {@code out}; prints the speed.
     */
    public static Path writePredictions(Path dataDir, Path out) {
        List<Path> pages = listPages(dataDir.resolve("html"));
        HtmlBodyExtractor extractor = new HtmlBodyExtractor();
        StringBuilder json = new StringBuilder("{\n");
        long extractNanos = 0;
        long start = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            String id = page.getFileName().toString();
            id = id.substring(0, id.length() - SUFFIX.length());
            Document doc = parse(page);
            long t0 = System.nanoTime();
            String body = extractor.extractBody(doc);
            extractNanos += System.nanoTime() - t0;
            json.append("  ").append(JsonStrings.quote(id)).append(": {\"articleBody\": ")
                    .append(JsonStrings.quote(body)).append('}')
                    .append(i + 1 < pages.size() ? ",\n" : "\n");
        }
        json.append("}\n");
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        write(out, json.toString());
        System.out.printf(Locale.ROOT, "%d pages: %.1f pages/s including gunzip+parse, "
                        + "%.1f ms/page extraction only%n", pages.size(), pages.size() / totalSeconds,
                extractNanos / 1e6 / Math.max(1, pages.size()));
        System.out.println("predictions: " + out);
        return out;
    }

    private static List<Path> listPages(Path htmlDir) {
        try (Stream<Path> files = Files.list(htmlDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + htmlDir, e);
        }
    }

    /** The benchmark files are UTF-8; jsoup's own detection only looks at the first 5 KB. */
    private static Document parse(Path page) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            return Jsoup.parse(in, StandardCharsets.UTF_8.name(), "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    private static void write(Path out, String text) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                writer.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private static int score(Path dataDir, Path predictions, List<String> scorerArgs)
            throws IOException, InterruptedException {
        Path scorer = dataDir.toAbsolutePath().getParent().resolve("score_extraction.py");
        List<String> command = new ArrayList<>(List.of("python3", scorer.toString(),
                predictions.toString(), "--data", dataDir.toString()));
        command.addAll(scorerArgs);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println(line);
            }
        }
        return process.waitFor();
    }
}
