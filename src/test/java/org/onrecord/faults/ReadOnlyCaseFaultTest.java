package org.onrecord.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ReadOnlyMedium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case on a read-only medium (a CD, a locked USB stick, a colleague's share) or a read-only case
 * file: the commands that read — list, search, export, report — work on it as it is, nothing is
 * created or changed beside it (no -wal, -shm or -journal), and every command that would write says
 * so in one sentence and changes nothing.
 */
class ReadOnlyCaseFaultTest {
    @TempDir
    Path dir;

    @Test
    void aCaseInAReadOnlyFolderIsReadSearchedAndExportedButNeverWritten() throws Exception {
        Path folder = dir.resolve("cd");
        try (ReadOnlyMedium medium = ReadOnlyMedium.folder(folder)) {
            Path file = importedCase(folder.resolve("case.onrecord"));
            medium.lockFolder(folder);
            Map<String, Long> before = listing(folder);

            assertReadsWork(file);
            assertWritesRefused(file);
            assertThat(listing(folder)).as("nothing made or changed in the read-only folder").isEqualTo(before);
        }
    }

    @Test
    void aReadOnlyCaseFileInAWritableFolderIsReadWithoutAnythingMadeBesideIt() throws Exception {
        Path folder = dir.resolve("share");
        Path file = importedCase(folder.resolve("case.onrecord"));
        Map<String, Long> before = listing(folder);
        try (ReadOnlyMedium locked = ReadOnlyMedium.lockFile(file)) {
            assertReadsWork(file);
            assertWritesRefused(file);
            assertThat(listing(folder)).as("no -wal, -shm or -journal beside a read-only file").isEqualTo(before);
        }
    }

    @Test
    void aCaseOfTheFormatBeforeTheSaidOnCacheIsReadAsItIsOnAReadOnlyMedium() throws Exception {
        Path folder = dir.resolve("old-cd");
        try (ReadOnlyMedium medium = ReadOnlyMedium.folder(folder)) {
            Path file = importedCase(folder.resolve("case.onrecord"));
            // what a case of the previous format is: no said_on_check table, no V5 in the history
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
                st.execute("DROP TABLE said_on_check");
                st.execute("DELETE FROM flyway_schema_history WHERE version = '5'");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            medium.lockFolder(folder);
            Map<String, Long> before = listing(folder);

            assertReadsWork(file);
            assertThat(listing(folder)).as("read as it is: nothing made or changed").isEqualTo(before);
        }
    }

    private Path importedCase(Path file) throws Exception {
        Articles.write(dir.resolve("in"), 2, 1_500);
        Cli run = Cli.run("import", "--case", file.toString(), dir.resolve("in").toString());
        assertThat(run.status()).as(run.said()).isZero();
        return file;
    }

    private void assertReadsWork(Path file) throws IOException {
        Cli list = Cli.run("list", "--case", file.toString());
        assertThat(list.status()).as(list.said()).isZero();
        assertThat(list.out().lines()).as(list.said()).hasSize(2).anySatisfy(l -> assertThat(l).contains("day 1"));

        Cli search = Cli.run("search", "--case", file.toString(), "envoy");
        assertThat(search.status()).as(search.said()).isZero();
        assertThat(search.out()).contains("day 2");

        Path json = dir.resolve("out").resolve("case.json");
        Files.createDirectories(json.getParent());
        Cli export = Cli.run("export", "--case", file.toString(), "--format", "json", "--out", json.toString());
        assertThat(export.status()).as(export.said()).isZero();
        assertThat(Files.readString(json)).contains("Harbour talks, day 2");

        Path pdf = dir.resolve("out").resolve("report.pdf");
        Cli report = Cli.run("report", "--case", file.toString(), "--out", pdf.toString());
        assertThat(report.status()).as(report.said()).isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    private void assertWritesRefused(Path file) {
        for (Cli write : List.of(
                Cli.run("import", "--case", file.toString(), dir.resolve("in").toString()),
                Cli.run("entity", "add", "--case", file.toString(), "--name", "Harbour Board", "--type", "ORGANIZATION"),
                Cli.run("article", "published", "--case", file.toString(), "--article", "1", "--published", "2014-12-05"))) {
            assertThat(write.status()).as(write.said()).isEqualTo(1);
            assertThat(write.err().strip().lines()).as(write.said()).hasSize(1);
            assertThat(write.err()).as(write.said()).contains(file.toString()).contains("cannot be written where it is")
                    .contains("nothing was changed").contains("onrecord backup").doesNotContain("SQLITE").doesNotContain("damaged");
        }
        Cli list = Cli.run("list", "--case", file.toString());
        assertThat(list.out().lines()).as("still the two articles").hasSize(2);
    }

    /** Every file in the folder with its size and time of change. */
    private static Map<String, Long> listing(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.toList()) {
                files.put(f.getFileName() + " " + Files.size(f), Files.getLastModifiedTime(f).toMillis());
            }
        }
        return files;
    }
}
