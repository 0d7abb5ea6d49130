package org.onrecord.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.bench.HeadingsBenchmark;

/**
 * The extractor's work is counted in line reads, not timed: reading a text with eight times as
 * many heading-like lines must cost about eight times as much, not sixty-four (a long PDF's text
 * is thousands of short heading-like lines, and a rescan at each one made an import look hung).
 */
class ExtractionWorkTest {
    private final PlainTextBodyExtractor extractor = new PlainTextBodyExtractor();

    private double readsPerLine(String text) {
        TextLines lines = TextLines.of(text);
        extractor.extract(text, lines);
        return (double) lines.reads() / lines.size();
    }

    @Test
    void readsEachLineAFixedNumberOfTimesHoweverManyHeadingsThereAre() {
        double thousand = readsPerLine(HeadingsBenchmark.text(1_000));
        double eightThousand = readsPerLine(HeadingsBenchmark.text(8_000));
        assertThat(thousand).isLessThan(20);
        assertThat(eightThousand).isLessThan(thousand * 1.1);
    }

    @Test
    void readsEachLineAFixedNumberOfTimesWhenEveryLineIsShort() {
        StringBuilder pdfLike = new StringBuilder();
        for (int i = 0; i < 8_000; i++) {
            pdfLike.append("the quay walls and ").append(i % 3 == 0 ? "2019" : "the berths").append('\n');
        }
        String text = HeadingsBenchmark.text(10) + pdfLike;
        assertThat(readsPerLine(text)).isLessThan(20);
    }
}
