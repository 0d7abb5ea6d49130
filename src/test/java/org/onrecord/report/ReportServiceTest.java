package org.onrecord.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Progress, cancel and the never-a-broken-file promise. */
class ReportServiceTest {
    @TempDir
    Path dir;

    /** Reports each step and cancels once a message containing {@code cancelAt} was reported. */
    static final class Recording implements Progress {
        final List<String> messages = new ArrayList<>();
        final String cancelAt;

        Recording(String cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void update(long done, long total, String message) {
            messages.add(done + "/" + total + " " + message);
        }

        @Override
        public boolean isCancelled() {
            return cancelAt != null && messages.stream().anyMatch(m -> m.contains(cancelAt));
        }
    }

    @Test
    void reportsProgressStepByStep() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            Recording progress = new Recording(null);
            try (CaseStore store = services.cases().open(built.caseFile())) {
                services.reports().writePdf(store, ReportOptions.defaults(), dir.resolve("r.pdf"), progress);
            }
            assertThat(progress.messages).first().asString().startsWith("0/5");
            assertThat(progress.messages).last().asString().startsWith("5/5");
            assertThat(dir.resolve("r.pdf")).isNotEmptyFile();
            try (CaseStore store = services.cases().open(built.caseFile())) {
                var choices = services.reports().choices(store);
                assertThat(choices.articles()).hasSize(3);
                assertThat(choices.kinds()).extracting(k -> k.code()).contains("claim", "denial");
                assertThat(choices.speakers()).contains("김민준", "A ministry official", "Ferry operator");
            }
        }
    }

    @Test
    void aCancelLeavesTheEarlierReportInPlaceAndNoPartFile() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            Path target = dir.resolve("report.pdf");
            Files.writeString(target, "the good report from yesterday");
            for (String step : List.of("Arranging", "Composing", "Laying out", "Writing PDF")) {
                try (CaseStore store = services.cases().open(built.caseFile())) {
                    assertThatThrownBy(() -> services.reports().writePdf(store, ReportOptions.defaults().withAppendix(true), target,
                            new Recording(step))).as(step).isInstanceOf(CancellationException.class);
                }
                assertThat(Files.readString(target)).isEqualTo("the good report from yesterday");
                try (var files = Files.list(dir)) {
                    assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
                }
            }
        }
    }

    @Test
    void aFailedExportLeavesNoFile() throws Exception {
        try (AppServices services = new AppServices()) {
            var built = ReportCase.build(services, dir);
            Path target = dir.resolve("out.qdpx");
            try (CaseStore store = services.cases().open(built.caseFile())) {
                assertThatThrownBy(() -> services.exchange().writeQdpx(store, ReportOptions.defaults(), target, new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        throw new IllegalStateException("disk full");
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                })).hasMessageContaining("disk full");
            }
            assertThat(target).doesNotExist();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }
}
