package org.onrecord.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The report hashes every source's stored original again and says whether its printed SHA-256 still holds. */
class ReportOriginalsCheckTest {
    @TempDir
    Path dir;

    @Test
    void aTamperedOriginalIsReportedAsChangedAndTheOthersAsVerified() throws Exception {
        ReportCase.Built built;
        try (AppServices services = new AppServices()) {
            built = ReportCase.build(services, dir);
        }
        long tampered = built.articles().get("a2");
        // what a hand edit of the case file with a SQLite tool would do: the original's bytes change, its hash stays
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + built.caseFile());
             var ps = c.prepareStatement("UPDATE article_original SET bytes = ? WHERE article_id = ?")) {
            ps.setBytes(1, ReportCase.A2.replace("never inspected", "always inspected").getBytes(StandardCharsets.UTF_8));
            ps.setLong(2, tampered);
            assertThat(ps.executeUpdate()).isOne();
        }

        Path pdfFile = dir.resolve("report.pdf");
        ReportModel model;
        try (AppServices services = new AppServices(); CaseStore store = services.cases().open(built.caseFile())) {
            model = services.reports().writePdf(store, ReportOptions.defaults().dated(LocalDate.of(2020, 4, 6)), pdfFile, Progress.NONE);
        }

        assertThat(model.sources()).allSatisfy(s -> assertThat(s.original())
                .isEqualTo(s.article().id() == tampered ? OriginalCheck.CHANGED : OriginalCheck.VERIFIED));
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            String text = PdfReading.squash(String.join("\n", PdfReading.pageTexts(pdf)));
            assertThat(text).contains(PdfReading.squash("does not match — the stored original changed"));
            assertThat(count(text, PdfReading.squash("verified: the stored original still has this SHA-256"))).isEqualTo(2);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
