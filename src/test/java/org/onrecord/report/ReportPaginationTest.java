package org.onrecord.report;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.bench.ReportBenchmark;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A long statement table breaks across pages and repeats its header on each. */
class ReportPaginationTest {
    @TempDir
    Path dir;

    @Test
    void longTablesRepeatTheirHeaderOnEveryPage() throws Exception {
        Path pdfFile = dir.resolve("long.pdf");
        ReportModel model;
        try (AppServices services = new AppServices()) {
            try (CaseStore store = services.cases().create(dir.resolve("long.onrecord"))) {
                ReportBenchmark.generate(store, 60, 300);
                model = services.reports().writePdf(store, ReportOptions.defaults(), pdfFile, Progress.NONE);
            }
        }
        assertThat(model.groups()).anyMatch(g -> g.statements().size() > 25);
        try (var pdf = Loader.loadPDF(pdfFile.toFile())) {
            List<String> pages = PdfReading.pageTexts(pdf);
            int first = -1;
            int last = -1;
            for (int i = 2; i < pages.size(); i++) {
                if (pages.get(i).lines().anyMatch(l -> l.strip().equals("Statements"))) {
                    first = i;
                }
                if (pages.get(i).lines().anyMatch(l -> l.strip().equals("Entity index"))) {
                    last = i;
                    break;
                }
            }
            assertThat(last - first).as("pages of statements").isGreaterThan(3);
            for (int i = first; i < last; i++) {
                assertThat(pages.get(i)).as("page " + (i + 1)).contains("Statement Kind · via Said Cited in");
            }
        }
    }
}
