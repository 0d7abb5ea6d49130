package org.onrecord.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults 2, 3 and 10 of issue 13 on a real full disk (a small tmpfs): an import that runs out of
 * space saves whole articles or nothing, a re-import after freeing space brings the rest, a
 * checkpoint that cannot finish is reported, and the messages name the file and what to do.
 */
class FullDiskFaultTest {
    @TempDir
    Path dir;

    /**
     * The first file fills the disk and SQLite rolls its transaction back by itself; before the fix
     * the writer was then left in autocommit, so the next file's article row was committed alone
     * and its original (large markup, small text) was not: a half article, skipped by every re-import.
     */
    @Test
    void anImportThatFillsTheDiskSavesNoHalfArticleAndAReimportAfterFreeingSpaceBringsTheRest() throws Exception {
        Path in = dir.resolve("in");
        Map<String, String> articles = new TreeMap<>(Articles.write(in, 1, 2_000));
        articles.put("day-02.txt", Articles.one(in.resolve("day-02.txt"), 2, 1_500_000));
        String html = "<html><head><title>Day three</title></head><body><p>The envoy said the talks would go on.</p>"
                + "<script>" + "var padding = 'markup the reader drops';\n".repeat(36_000) + "</script></body></html>";
        Files.writeString(in.resolve("day-03.html"), html);
        articles.put("day-03.html", CaseRows.sha256(html.getBytes(StandardCharsets.UTF_8)));
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("disk"), 24L << 20)) {
            Path file = disk.root.resolve("case.onrecord");
            Cli first = Cli.run("import", "--case", file.toString(), in.resolve("day-01.txt").toString());
            assertThat(first.status()).as(first.said()).isZero();
            disk.fillLeaving(1_000_000);

            Cli full = Cli.run("import", "--case", file.toString(), in.toString());

            Map<String, String> saved = CaseRows.originals(file);
            assertThat(saved).as("every saved article has its original, byte for byte: " + full.said()).allSatisfy(
                    (name, sha) -> assertThat(sha).isEqualTo(articles.get(name)));
            assertThat(saved).as(full.said()).containsOnlyKeys("day-01.txt");
            assertThat(full.status()).as(full.said()).isNotZero();
            assertThat(full.err()).as(full.said()).contains("day-02.txt: not imported: Cannot save to " + file + ": the disk is full")
                    .contains("free some space").doesNotContain("SQLITE_").doesNotContain("\tat ");

            disk.freeSpace();
            Cli again = Cli.run("import", "--case", file.toString(), in.toString());

            assertThat(again.status()).as(again.said()).isZero();
            assertThat(CaseRows.originals(file)).isEqualTo(articles);
        }
    }

    @Test
    void aCheckpointThatCannotFinishIsReportedAndTheChangesSurviveInTheLog() throws Exception {
        Map<String, String> articles = Articles.write(dir.resolve("in"), 2, 700_000);
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("disk"), 24L << 20)) {
            Path file = disk.root.resolve("case.onrecord");
            Cli first = Cli.run("import", "--case", file.toString(), dir.resolve("in").resolve("day-01.txt").toString());
            assertThat(first.status()).as(first.said()).isZero();
            // Room for the article in the write-ahead log, not for copying it into the case file as well.
            disk.fillLeaving(2_300_000);

            Cli nearlyFull = Cli.run("import", "--case", file.toString(), dir.resolve("in").resolve("day-02.txt").toString());

            assertThat(nearlyFull.out()).as(nearlyFull.said()).contains("imported as article");
            assertThat(nearlyFull.err()).as(nearlyFull.said()).contains("case.onrecord-wal").contains("keep both files together")
                    .contains("disk is full");
            assertThat(nearlyFull.status()).as("the researcher must notice: " + nearlyFull.said()).isNotZero();

            disk.freeSpace();
            Cli list = Cli.run("list", "--case", file.toString());
            assertThat(list.status()).as(list.said()).isZero();
            assertThat(list.out()).contains("day-01.txt").contains("day-02.txt");
            assertThat(Path.of(file + "-wal")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(Files.size(p)).isZero());

            Path alone = Files.createDirectories(dir.resolve("mailed")).resolve("case.onrecord");
            Files.copy(file, alone);
            assertThat(CaseRows.originals(alone)).as("the .onrecord file alone is the whole case").isEqualTo(articles);
        }
    }

    @Test
    void openingACaseOnAFullDiskSaysTheDiskIsFullNotThatTheCaseIsDamaged() throws Exception {
        Articles.write(dir.resolve("in"), 1, 2_000);
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("disk"), 4L << 20)) {
            Path file = disk.root.resolve("case.onrecord");
            assertThat(Cli.run("import", "--case", file.toString(), dir.resolve("in").toString()).status()).isZero();
            disk.fillCompletely();

            Cli list = Cli.run("list", "--case", file.toString());
            Cli importMore = Cli.run("import", "--case", dir.resolve("disk").resolve("new.onrecord").toString(), dir.resolve("in").toString());

            for (Cli run : new Cli[] {list, importMore}) {
                assertThat(run.status()).as(run.said()).isNotZero();
                assertThat(run.err()).as(run.said()).contains("the disk is full").contains("free some space")
                        .doesNotContain("damaged").doesNotContain("SQLITE").doesNotContain("\tat ").doesNotContain("http");
                assertThat(run.err().strip().lines()).as(run.said()).hasSize(1);
            }
            assertThat(importMore.err()).contains("new.onrecord").doesNotContain(".creating");
            assertThat(list.err()).contains(file.toString());
        }
    }
}
