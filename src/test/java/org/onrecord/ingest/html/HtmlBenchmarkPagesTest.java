package org.onrecord.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Smoke test on real pages when the shared benchmark is checked out beside the repo. The F1 is
 * measured by {@code org.onrecord.bench.ExtractionBenchmark}, not here.
 */
class HtmlBenchmarkPagesTest {

    private static final Path DATA = Path.of("../shared/eval/article-extraction");

    @Test
    void extractsNonEmptyBodiesFromBenchmarkPages() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "shared benchmark data not present");
        List<Path> pages;
        try (Stream<Path> files = Files.list(DATA.resolve("html"))) {
            pages = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(8).toList();
        }
        assertThat(pages).isNotEmpty();
        HtmlBodyExtractor extractor = new HtmlBodyExtractor();
        for (Path page : pages) {
            Document doc;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                doc = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "");
            }

            String body = extractor.extractBody(doc);

            assertThat(body).as(page.getFileName().toString()).isNotBlank().hasSizeGreaterThan(200);
        }
    }
}
