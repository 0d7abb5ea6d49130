package org.onrecord.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onrecord.ingest.ExtractedArticle;
import org.onrecord.ingest.ImportProblem;
import org.onrecord.ingest.TextDecoder;

/**
 * Runs the extractor over the shared reference texts when they are present next to the repo
 * (read from there, never copied in): the two seed pages and the clean evaluation texts.
 */
class ShippedTextsTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Path EVAL = Path.of("../shared/eval");
    private final PlainTextBodyExtractor extractor = new PlainTextBodyExtractor();

    private static String read(Path file) throws IOException, ImportProblem {
        return new TextDecoder().decode(Files.readAllBytes(file), file.getFileName().toString(), false).text();
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
    }

    @Test
    void seedWithRedirectAndTeasersKeepsOnlyTheArticle() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS));
        String text = read(SEEDS.resolve("000_59e71b067b6cb623.txt"));
        ExtractedArticle a = extractor.extract(text);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        String redirect = lines.get(0);
        String headline = lines.get(1);
        assertThat(a.body()).startsWith(headline).doesNotContain(redirect);
        int teasers = text.indexOf("\nMore Film");
        assertThat(teasers).isPositive();
        assertThat(a.bodyEnd()).isLessThanOrEqualTo(teasers);
        assertThat(a.body()).doesNotContain("More From Our Brands");
        assertThat(text.substring(a.bodyStart(), a.bodyEnd())).isEqualTo(a.body());
    }

    @Test
    void seedWithAuthorBioKeepsHeadlineBylineCaptionsAndBody() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS));
        String text = read(SEEDS.resolve("002_57a2053d724bbdad.txt"));
        ExtractedArticle a = extractor.extract(text);
        String bio = text.lines().filter(l -> l.matches("\\S+ \\S+ \\S+ was a senior reporter .*")).findFirst().orElseThrow();
        assertThat(a.body()).startsWith(firstLine(text)).doesNotContain(bio).doesNotContain("min read");
        String lastLine = text.strip().lines().reduce((x, y) -> y).orElseThrow();
        assertThat(a.body()).endsWith(lastLine);
    }

    @Test
    void everyCleanEvaluationTextComesBackWhole() throws Exception {
        assumeTrue(Files.isDirectory(EVAL));
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> sets = Files.list(EVAL)) {
            for (Path set : sets.map(s -> s.resolve("texts")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(set)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
                }
            }
        }
        assumeTrue(!texts.isEmpty());
        List<String> cut = new ArrayList<>();
        for (Path file : texts) {
            String text = read(file);
            ExtractedArticle a = extractor.extract(text);
            if (!a.body().equals(text) || a.bodyStart() != 0 || a.bodyEnd() != text.length()) {
                cut.add(file.toString());
            }
        }
        assertThat(cut).as("texts not returned whole (of %d)", texts.size()).isEmpty();
    }
}
