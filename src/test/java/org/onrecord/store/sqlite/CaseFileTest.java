package org.onrecord.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;
import org.onrecord.store.NewArticle;
import org.onrecord.store.NotACaseException;
import org.onrecord.store.StoreException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseFileTest {
    @TempDir
    Path dir;

    static NewArticle article(String name, String body) {
        return new NewArticle(name, "hash-" + name, "text/plain", "UTF-8", body.getBytes(StandardCharsets.UTF_8),
                body, 0, body.length(), ArticleMetadata.EMPTY, ArticleMetadata.EMPTY);
    }

    @Test
    void createdCaseReopensWithItsArticles() {
        Path file = dir.resolve("story.onrecord");
        try (var store = SqliteCaseStore.create(file)) {
            store.articles().add(article("a.txt", "The minister denied the report."));
        }
        try (var store = SqliteCaseStore.open(file)) {
            assertThat(store.articles().summaries()).singleElement()
                    .satisfies(a -> assertThat(a.fileName()).isEqualTo("a.txt"));
        }
    }

    @Test
    void closedCaseIsOneFileWithoutWriteAheadLog() {
        Path file = dir.resolve("story.onrecord");
        try (var store = SqliteCaseStore.create(file)) {
            store.articles().add(article("a.txt", "Text."));
        }
        assertThat(dir.resolve("story.onrecord-wal")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(Files.size(p)).isZero());
    }

    @Test
    void openingATextFileSaysItIsNotACaseAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.onrecord");
        Files.writeString(file, "just some notes, not a database");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteCaseStore.open(file))
                .isInstanceOf(NotACaseException.class)
                .hasMessageContaining("notes.onrecord").hasMessageContaining("not a SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void openingAnEmptyFileSaysItIsEmpty() throws Exception {
        Path file = dir.resolve("empty.onrecord");
        Files.createFile(file);
        assertThatThrownBy(() -> SqliteCaseStore.open(file)).isInstanceOf(NotACaseException.class).hasMessageContaining("empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void openingAnotherSqliteDatabaseSaysItIsNotACase() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteCaseStore.open(file)).isInstanceOf(NotACaseException.class)
                .hasMessageContaining("not an Onrecord case");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void openingACaseFromANewerVersionSaysSoAndChangesNothing() throws Exception {
        Path file = dir.resolve("future.onrecord");
        SqliteCaseStore.create(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, "
                    + "'x', '2030-01-01', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteCaseStore.open(file)).isInstanceOf(NotACaseException.class)
                .hasMessageContaining("newer version");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void openingAMissingFileSaysItDoesNotExist() {
        assertThatThrownBy(() -> SqliteCaseStore.open(dir.resolve("nope.onrecord")))
                .isInstanceOf(NotACaseException.class).hasMessageContaining("does not exist");
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = dir.resolve("exists.onrecord");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> SqliteCaseStore.create(file)).isInstanceOf(StoreException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        try (var names = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = names.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(SqliteCaseStore.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void givenMetadataOverridesDetectedAndBothAreKept() {
        try (var store = SqliteCaseStore.create(dir.resolve("m.onrecord"))) {
            var detected = new ArticleMetadata("Detected title", "Detected Times", null, null,
                    PublicationDate.day(LocalDate.of(2014, 12, 5)), "en");
            var given = new ArticleMetadata("Given title", null, "A. Writer", null, null, null);
            byte[] bytes = "body".getBytes(StandardCharsets.UTF_8);
            long id = store.articles().add(new NewArticle("m.txt", "h", "text/plain", "UTF-8", bytes, "body", 0, 4, detected, given));
            var article = store.articles().find(id).orElseThrow();
            assertThat(article.metadata().title()).isEqualTo("Given title");
            assertThat(article.metadata().outlet()).isEqualTo("Detected Times");
            assertThat(article.metadata().author()).isEqualTo("A. Writer");
            assertThat(article.given()).containsExactlyInAnyOrder(org.onrecord.model.MetadataField.TITLE,
                    org.onrecord.model.MetadataField.AUTHOR);
            assertThat(store.articles().detectedMetadata(id).title()).isEqualTo("Detected title");
            assertThat(store.articles().original(id)).isEqualTo(bytes);
        }
    }

    @Test
    void aSecondArticleWithTheSameContentHashIsRejectedWhole() {
        try (var store = SqliteCaseStore.create(dir.resolve("d.onrecord"))) {
            store.articles().add(article("a.txt", "same"));
            assertThatThrownBy(() -> store.articles().add(article("a.txt", "same"))).isInstanceOf(StoreException.class);
            assertThat(store.articles().count()).isEqualTo(1);
        }
    }
}
