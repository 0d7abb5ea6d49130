package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;
import org.onrecord.store.CaseStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportServiceTest {
    static final String ARTICLE = """
            Harbour deal denied

            The mayor of Port Elling denied on Tuesday that the city had signed a deal with Brightwater Shipping.
            “No contract exists,” she told the Elling Gazette.
            """;

    @TempDir
    Path dir;
    AppServices services;
    CaseStore store;

    @BeforeEach
    void open() {
        services = new AppServices();
        store = services.cases().create(dir.resolve("case.onrecord"));
    }

    @AfterEach
    void close() {
        store.close();
        services.close();
    }

    private ImportReport importPaths(Path... paths) {
        return services.importer().importPaths(store, List.of(paths), ImportOptions.defaults(), Progress.NONE);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void importsAFolderRecursivelyInNameOrder() throws Exception {
        write("in/b.txt", ARTICLE + "b");
        write("in/sub/c.md", ARTICLE + "c");
        write("in/a.html", "<html><body><article><p>" + ARTICLE + "</p></article></body></html>");
        ImportReport report = importPaths(dir.resolve("in"));
        assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(3);
        assertThat(store.articles().summaries()).extracting(a -> a.fileName()).containsExactly("a.html", "b.txt", "c.md");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        Path file = write("a.txt", ARTICLE);
        importPaths(file);
        ImportReport again = importPaths(file);
        assertThat(again.count(ImportOutcome.Status.SKIPPED)).isEqualTo(1);
        assertThat(again.outcomes().getFirst().describe()).contains("a.txt").contains("already in the case");
        assertThat(store.articles().count()).isEqualTo(1);
    }

    @Test
    void aCopyUnderAnotherNameIsRecognisedByItsContent() throws Exception {
        ImportReport report = importPaths(write("a.txt", ARTICLE), write("copy-of-a.txt", ARTICLE));
        assertThat(report.outcomes()).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.SKIPPED);
    }

    @Test
    void unsupportedFileTypeFailsWithItsNameAndTheOthersStillImport() throws Exception {
        Path good = write("good.txt", ARTICLE);
        Path odd = write("report.docx", "not really a docx");
        ImportReport report = importPaths(odd, good);
        assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(1);
        assertThat(report.outcomes()).filteredOn(o -> o.status() == ImportOutcome.Status.FAILED).singleElement()
                .satisfies(o -> assertThat(o.describe()).contains("report.docx").contains("unsupported file type"));
    }

    @Test
    void binaryFileWithATextExtensionFailsAndLeavesNothing() throws Exception {
        Path png = dir.resolve("photo.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        ImportReport report = importPaths(png);
        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.FAILED);
            assertThat(o.describe()).contains("photo.txt").containsIgnoringCase("binary");
        });
        assertThat(store.articles().count()).isZero();
    }

    @Test
    void emptyFileFailsWithReason() throws Exception {
        ImportReport report = importPaths(write("empty.txt", ""));
        assertThat(report.outcomes()).singleElement().satisfies(o -> assertThat(o.describe()).contains("empty.txt").contains("empty"));
        assertThat(store.articles().count()).isZero();
    }

    @Test
    void fileOverTheSizeLimitFailsWithBothSizes() throws Exception {
        Path big = write("big.txt", ARTICLE.repeat(100));
        ImportOptions tight = new ImportOptions(ArticleMetadata.EMPTY, 1024);
        ImportReport report = services.importer().importPaths(store, List.of(big), tight, Progress.NONE);
        assertThat(report.outcomes()).singleElement().satisfies(o -> assertThat(o.describe()).contains("big.txt").contains("limit"));
    }

    @Test
    void missingPathFailsWithReason() {
        ImportReport report = importPaths(dir.resolve("gone.txt"));
        assertThat(report.outcomes()).singleElement().satisfies(o -> assertThat(o.describe()).contains("gone.txt").contains("does not exist"));
    }

    @Test
    void hiddenFilesInsideFoldersAreNotArticles() throws Exception {
        write("in/.DS_Store", "\0\0\0");
        write("in/a.txt", ARTICLE);
        ImportReport report = importPaths(dir.resolve("in"));
        assertThat(report.outcomes()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(ImportOutcome.Status.IMPORTED));
    }

    @Test
    void givenMetadataIsRecordedAsGiven() throws Exception {
        var given = new ArticleMetadata(null, "Elling Gazette", null, null, PublicationDate.day(LocalDate.of(2021, 3, 9)), null);
        services.importer().importPaths(store, List.of(write("a.txt", ARTICLE)), ImportOptions.defaults().withGiven(given), Progress.NONE);
        var article = store.articles().all().getFirst();
        assertThat(article.metadata().outlet()).isEqualTo("Elling Gazette");
        assertThat(article.metadata().published().date()).isEqualTo(LocalDate.of(2021, 3, 9));
        assertThat(article.given()).contains(org.onrecord.model.MetadataField.OUTLET, org.onrecord.model.MetadataField.PUBLISHED);
    }

    @Test
    void originalBytesAreKeptVerbatim() throws Exception {
        byte[] latin1 = "Caf\u00e9 owner \u201cdenies\u201d it".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path file = dir.resolve("cafe.txt");
        Files.write(file, latin1);
        importPaths(file);
        long id = store.articles().all().getFirst().id();
        assertThat(store.articles().original(id)).isEqualTo(latin1);
        assertThat(store.articles().all().getFirst().body()).contains("Caf\u00e9").contains("\u201cdenies\u201d");
    }

    @Test
    void cancellingStopsBeforeTheNextFile() throws Exception {
        Path a = write("a.txt", ARTICLE + "a");
        Path b = write("b.txt", ARTICLE + "b");
        Progress cancelAfterFirst = new Progress() {
            private boolean done;

            @Override
            public void update(long d, long total, String message) {
                done = true;
            }

            @Override
            public boolean isCancelled() {
                return done;
            }
        };
        ImportReport report = services.importer().importPaths(store, List.of(a, b), ImportOptions.defaults(), cancelAfterFirst);
        assertThat(report.cancelled()).isTrue();
        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(new String(Files.readAllBytes(a), StandardCharsets.UTF_8)).endsWith("a");
    }
}
