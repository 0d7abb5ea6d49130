package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;
import org.onrecord.app.AppServices;
import org.onrecord.ingest.ArticleReader;
import org.onrecord.ingest.ExtractedFile;
import org.onrecord.ingest.format.FormatArticleReader;
import org.onrecord.ingest.ImportProblem;
import org.onrecord.ingest.ReadInterrupted;
import org.onrecord.ingest.ReadTimeLimit;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.progress.Progress;
import org.onrecord.store.CaseStore;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** One file's trouble — too slow, too large for the heap — costs that file and never the others. */
class ImportFaultsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** The real reader, except that a file named "stuck…" never finishes until its thread is interrupted. */
    private static final class StuckOnSomeFiles implements ArticleReader {
        private final ArticleReader real = new FormatArticleReader();

        @Override
        public ExtractedFile read(String fileName, byte[] bytes) throws ImportProblem {
            while (fileName.startsWith("stuck")) {
                ReadInterrupted.check();
                Thread.onSpinWait();
            }
            return real.read(fileName, bytes);
        }

        @Override
        public boolean accepts(String fileName) {
            return real.accepts(fileName);
        }
    }

    @Test
    void aFileThatTakesTooLongIsSkippedWithItsReasonAndTheOthersImport() throws Exception {
        write("a.txt", ImportServiceTest.ARTICLE + "a");
        write("stuck.txt", ImportServiceTest.ARTICLE + "stuck");
        write("z.txt", ImportServiceTest.ARTICLE + "z");
        var pool = Executors.newFixedThreadPool(2);
        try (CaseStore store = new AppServices().cases().create(dir.resolve("case.onrecord"))) {
            ImportService service = new ImportService(new StuckOnSomeFiles(), pool, 2);
            ImportOptions options = ImportOptions.defaults().withReadTimeLimit(ReadTimeLimit.ofSeconds(1));
            ImportReport report = service.importPaths(store, List.of(dir.resolve("in")), options, Progress.NONE);
            assertThat(report.outcomes()).extracting(ImportOutcome::status).containsExactly(
                    ImportOutcome.Status.IMPORTED, ImportOutcome.Status.FAILED, ImportOutcome.Status.IMPORTED);
            assertThat(report.outcomes().get(1).describe()).endsWith("stuck.txt: took longer than 1 s to read; skipped");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFileTooLargeForTheHeapIsOneClearLineAndTheFilesAfterItStillImport() throws Exception {
        write("a-good.txt", ImportServiceTest.ARTICLE + "a");
        Path huge = dir.resolve("in").resolve("b-huge.txt");
        try (BufferedWriter out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
            String line = "Die Stadtverwaltung bestätigte am Dienstag die Pläne für den Hafen – „kein Vertrag“, sagte sie.\n";
            for (long written = 0; written < 40L * 1024 * 1024; written += line.length()) {
                out.write(line);
            }
        }
        write("c-good.txt", ImportServiceTest.ARTICLE + "c");
        Path caseFile = dir.resolve("case.onrecord");

        ChildJvm.Result run = ChildJvm.run(List.of("-Xmx96m"), Launcher.class,
                "import", "--case", caseFile.toString(), dir.resolve("in").toString());

        assertThat(run.out()).contains("a-good.txt: imported").contains("c-good.txt: imported");
        assertThat(run.err()).contains("b-huge.txt: too large to read with the memory available; skipped")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
        assertThat(run.err().lines().filter(l -> l.contains("b-huge.txt") && !l.startsWith("import: "))).hasSize(1);
        assertThat(run.status()).isEqualTo(1);
        try (CaseStore store = new AppServices().cases().open(caseFile)) {
            assertThat(store.articles().summaries()).extracting(a -> a.fileName()).containsExactly("a-good.txt", "c-good.txt");
        }
    }

    @Test
    void aMostlyUtf8FileIsImportedAsUtf8AndTheOutcomeSaysWhereItIsNot() throws Exception {
        Path file = dir.resolve("in").resolve("mixed.txt");
        Files.createDirectories(file.getParent());
        byte[] utf8 = (ImportServiceTest.ARTICLE + "The envoy said “no” and left.\n").getBytes(StandardCharsets.UTF_8);
        byte[] stray = {'A', 'l', 'b', (byte) 0xE9, 'r', 'i', 'c', '\n'};
        byte[] bytes = new byte[utf8.length + stray.length];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        System.arraycopy(stray, 0, bytes, utf8.length, stray.length);
        Files.write(file, bytes);
        try (AppServices services = new AppServices();
             CaseStore store = services.cases().create(dir.resolve("case.onrecord"))) {
            ImportReport report = services.importer().importPaths(store, List.of(file), ImportOptions.defaults(), Progress.NONE);
            ImportOutcome outcome = report.outcomes().getFirst();
            assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
            assertThat(outcome.describe()).contains("mixed.txt: imported").endsWith("not valid UTF-8 in 1 place; read as UTF-8 (shown as \uFFFD there)");
            assertThat(store.articles().find(outcome.articleId()).orElseThrow().body()).contains("said “no” and left").contains("Alb\uFFFDric");
        }
    }
}
