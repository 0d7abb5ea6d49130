package org.onrecord.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {
    @Test
    void printsWhereALongImportIsAtMostOnceASecond() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine progress = new ProgressLine("import", new PrintWriter(err), now::get);
        now.set(300_000_000L);
        progress.update(1, 100, "a.txt");
        now.set(1_200_000_000L);
        progress.update(2, 100, "b.txt");
        now.set(1_900_000_000L);
        progress.update(3, 100, "c.txt");
        now.set(2_300_000_000L);
        progress.update(4, 100, "d.txt");
        assertThat(err.toString().lines()).containsExactly("import: 2 of 100 files, last: b.txt",
                "import: 4 of 100 files, last: d.txt");
    }

    @Test
    void aShortImportPrintsNoProgress() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine progress = new ProgressLine("import", new PrintWriter(err), now::get);
        now.set(5_000_000_000L);
        progress.update(3, 3, "last.txt");
        assertThat(err.toString()).isEmpty();
    }
}
