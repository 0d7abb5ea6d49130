package org.onrecord.service;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.onrecord.app.AppServices;
import org.onrecord.bench.HeadingsBenchmark;
import org.onrecord.ingest.ReadTimeLimit;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a file holds, importing it ends in an article or in one clear line naming the file —
 * never a stack trace, never a hang: a read that runs past the importer's own per-file limit is
 * itself such a line. Few tries each, so the suite stays quick.
 */
class ImporterPropertiesTest {
    private static final ReadTimeLimit LIMIT = ReadTimeLimit.ofSeconds(20);
    private static final AtomicInteger FILES = new AtomicInteger();
    private static Path dir;
    private static AppServices services;
    private static CaseStore store;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("onrecord-properties");
        services = new AppServices();
        store = services.cases().create(dir.resolve("case.onrecord"));
    }

    @AfterContainer
    static void close() throws Exception {
        store.close();
        services.close();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void importsOrRefusesClearly(String extension, byte[] bytes) throws Exception {
        Path file = dir.resolve("file-" + FILES.incrementAndGet() + "." + extension);
        Files.write(file, bytes);
        ImportOptions options = ImportOptions.defaults().withReadTimeLimit(LIMIT);
        ImportReport report = services.importer().importPaths(store, List.of(file), options, Progress.NONE);
        assertThat(report.outcomes()).hasSize(1);
        ImportOutcome outcome = report.outcomes().getFirst();
        String line = outcome.describe();
        assertThat(line).startsWith(file + ": ").doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        if (outcome.status() == ImportOutcome.Status.FAILED) {
            assertThat(outcome.message()).isNotBlank().doesNotContain("Error");
        }
    }

    @Property(tries = 15)
    void brokenHtml(@ForAll("brokenHtml") String html) throws Exception {
        importsOrRefusesClearly("html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 15)
    void randomBytes(@ForAll("randomBytes") byte[] bytes, @ForAll("extensions") String extension) throws Exception {
        importsOrRefusesClearly(extension, bytes);
    }

    @Property(tries = 15)
    void mixedEncodings(@ForAll("mixedEncodings") byte[] bytes, @ForAll("extensions") String extension) throws Exception {
        importsOrRefusesClearly(extension, bytes);
    }

    @Property(tries = 5)
    void deepNesting(@ForAll("depths") int depth, @ForAll("nestingTags") String tag) throws Exception {
        String html = ("<" + tag + ">").repeat(depth) + "The council met on Tuesday and said the talks would go on."
                + ("</" + tag + ">").repeat(depth / 2);
        importsOrRefusesClearly("html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 5)
    void hugeLines(@ForAll("hugeLines") String text, @ForAll("textExtensions") String extension) throws Exception {
        importsOrRefusesClearly(extension, text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 5)
    void manyShortLines(@ForAll("manyShortLines") String text) throws Exception {
        importsOrRefusesClearly("txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 5)
    void manyHeadingLikeLines(@ForAll("headingCounts") int headings, @ForAll("textExtensions") String extension) throws Exception {
        String text = HeadingsBenchmark.text(headings);
        importsOrRefusesClearly(extension, (extension.equals("html") ? "<html><body><pre>" + text + "</pre>" : text)
                .getBytes(StandardCharsets.UTF_8));
    }

    // ---- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("txt", "md", "html", "pdf");
    }

    @Provide
    Arbitrary<String> textExtensions() {
        return Arbitraries.of("txt", "md", "html");
    }

    @Provide
    Arbitrary<String> brokenHtml() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<html", "<head>", "<title>", "</title", "<body", "<div class=\"", "<p>", "</p", "<article>",
                        "</div>", "<script>", "</script", "<!--", "-->", "<![CDATA[", "<meta charset=\"", "koi8-r\">",
                        "<table><tr><td>", "&amp", "&#x", "&#99999999;", "<", ">", "\"", "'", "=", "<a href=", "<br/>"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.of("The council met on Tuesday.", "“We deny it,” said the envoy.", "Related stories",
                        "Share", "By Jane Doe", "2014-12-07"));
        return pieces.list().ofMinSize(1).ofMaxSize(300).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20_000);
    }

    @Provide
    Arbitrary<byte[]> mixedEncodings() {
        Arbitrary<Charset> charsets = Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("ISO-8859-2"), Charset.forName("KOI8-R"));
        Arbitrary<String> texts = Arbitraries.of("Zürich café, naïve résumé — “quoted” ", "Łódź i Kraków ", "Москва сказала ",
                "The council met on Tuesday. ", "São Paulo – 2014 ", "\n\n", "plain words and more words ");
        return Combinators.combine(texts, charsets).as((t, c) -> t.getBytes(c)).list().ofMinSize(1).ofMaxSize(60)
                .map(chunks -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    chunks.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(500, 20_000);
    }

    @Provide
    Arbitrary<String> nestingTags() {
        return Arbitraries.of("div", "span", "b", "blockquote", "ul><li");
    }

    @Provide
    Arbitrary<String> hugeLines() {
        return Combinators.combine(Arbitraries.of("word ", "The council met on Tuesday. ", "x", "— “”"),
                Arbitraries.integers().between(10_000, 400_000)).as((piece, n) -> "A title\n\n" + piece.repeat(n / piece.length() + 1));
    }

    @Provide
    Arbitrary<String> manyShortLines() {
        return Combinators.combine(Arbitraries.of("Share", "a b", "2019", "• item", "More", "x", "Section two"),
                Arbitraries.integers().between(1_000, 40_000)).as((line, n) -> (line + "\n").repeat(n));
    }

    @Provide
    Arbitrary<Integer> headingCounts() {
        return Arbitraries.integers().between(500, 8_000);
    }
}
