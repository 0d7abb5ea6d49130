package org.onrecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.DamagedCopies;
import org.onrecord.Launcher;
import org.onrecord.app.AppServices;
import org.onrecord.service.BackupService;
import org.onrecord.store.CaseCounts;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.sqlite.SqliteCaseFiles;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code onrecord backup} and {@code onrecord restore} on real cases, one of them written by another process meanwhile. */
class BackupRestoreCommandsTest {
    @TempDir
    Path dir;
    final SqliteCaseFiles files = new SqliteCaseFiles();

    @Test
    void backupWritesConsistentCopiesWhileAnotherProcessImportsIntoTheCase() throws Exception {
        Path caseFile = dir.resolve("busy.onrecord");
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder("Ferry hearing, day " + i + "\n\n");
            for (int s = 0; s < 30; s++) {
                text.append("Witness ").append(i).append('-').append(s).append(" said the logbook of sailing ").append(i * 31 + s)
                        .append(" had been rewritten. ");
            }
            Files.writeString(folder.resolve("hearing-" + i + ".txt"), text);
        }
        assertThat(CliRun.of("import", "--case", caseFile.toString(), folder.resolve("hearing-0.txt").toString()).status()).isZero();

        Process writer = ChildJvm.of(List.of("-Xmx256m"), Launcher.class, "import", "--case", caseFile.toString(), folder.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("writer.err").toFile()).start();
        List<Path> copiesDuringTheImport = new ArrayList<>();
        try {
            for (int i = 0; i < 40 && writer.isAlive(); i++) {
                Path copy = dir.resolve("copies/copy-" + i + ".onrecord");
                CliRun run = CliRun.of("backup", "--case", caseFile.toString(), "--out", copy.toString());
                assertThat(run.status()).as(run.err()).isZero();
                assertThat(run.out()).contains("copy written to " + copy);
                if (writer.isAlive()) {
                    copiesDuringTheImport.add(copy);
                }
                Thread.sleep(100);
            }
            assertThat(writer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(writer.exitValue()).as(Files.readString(dir.resolve("writer.err"))).isZero();

        assertThat(copiesDuringTheImport).as("copies taken while the other process was writing").hasSizeGreaterThanOrEqualTo(2);
        int previous = 0;
        for (Path copy : copiesDuringTheImport) {
            assertThat(files.check(copy, Duration.ofSeconds(30)).state()).as(copy.toString()).isEqualTo(CaseHealth.State.HEALTHY);
            int articles = files.counts(copy).articles();
            assertThat(originals(copy)).as("every article in a copy has its original: no half-written import").isEqualTo(articles);
            assertThat(articles).isGreaterThanOrEqualTo(previous);
            previous = articles;
        }
        assertThat(files.counts(caseFile).articles()).isEqualTo(300);
    }

    @Test
    void restoreChecksTheCopyKeepsTheStateBeforeAndListsTheBackups() throws Exception {
        Path caseFile = DamagedCopies.realCase(dir, "ferry");
        CaseCounts full = files.counts(caseFile);
        Path copy = dir.resolve("ferry copy.onrecord");
        assertThat(CliRun.of("backup", "--case", caseFile.toString(), "--out", copy.toString()).status()).isZero();
        CliRun byHand = CliRun.of("backup", "--case", caseFile.toString());
        assertThat(byHand.status()).as(byHand.err()).isZero();
        assertThat(byHand.out()).contains("backup written to").contains(full.articles() + " articles, " + full.statements() + " statements");

        try (SqliteCaseStore store = SqliteCaseStore.open(caseFile)) {
            store.statements().all().forEach(st -> store.statements().delete(st.id()));
        }
        assertThat(files.counts(caseFile).statements()).isZero();

        Path damaged = DamagedCopies.damagedCopy(copy, "ferry damaged copy");
        byte[] before = Files.readAllBytes(caseFile);
        CliRun refused = CliRun.of("restore", "--case", caseFile.toString(), "--from", damaged.toString());
        assertThat(refused.status()).isNotZero();
        assertThat(refused.err()).contains(damaged.toString()).contains("damaged").contains("nothing was restored").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(caseFile)).isEqualTo(before);

        CliRun restored = CliRun.of("restore", "--case", caseFile.toString(), "--from", copy.toString());
        assertThat(restored.status()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("restored from " + copy).contains("takes this restore back");
        assertThat(files.counts(caseFile)).isEqualTo(full);

        CliRun list = CliRun.of("restore", "--case", caseFile.toString(), "--list");
        assertThat(list.status()).isZero();
        assertThat(list.out().lines()).anySatisfy(l -> assertThat(l).contains("0 statements").contains("before a restore"))
                .anySatisfy(l -> assertThat(l).contains(full.statements() + " statements").contains("taken by hand"));
    }

    @Test
    void writesToADamagedCaseAreRefusedWithTheFileAndWhatToDo() throws Exception {
        Path healthy = DamagedCopies.realCase(dir, "harbour");
        Path damaged = DamagedCopies.damagedCopy(healthy, "harbour damaged");
        Path article = Files.writeString(dir.resolve("new.txt"), "Port reopens\n\nThe port reopened on Monday, the harbour master said.\n");
        byte[] before = Files.readAllBytes(damaged);

        for (String[] write : List.of(
                new String[] {"import", "--case", damaged.toString(), article.toString()},
                new String[] {"entity", "add", "--case", damaged.toString(), "--name", "Harbour master", "--type", "PERSON"},
                new String[] {"analyze", "--case", damaged.toString()})) {
            CliRun run = CliRun.of(write);
            assertThat(run.status()).as(String.join(" ", write)).isNotZero();
            assertThat(run.err()).as(write[0]).contains(damaged + " is damaged").contains("nothing was written")
                    .contains("onrecord restore --case " + damaged).doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(damaged)).as("not a byte written").isEqualTo(before);
    }

    @Test
    void aCaseTooDamagedToOpenIsOneSentenceWithWhatToDo() throws Exception {
        Path healthy = DamagedCopies.realCase(dir, "harbour");
        Path wrecked = dir.resolve("harbour wrecked.onrecord");
        Files.copy(healthy, wrecked);
        byte[] junk = new byte[3 * 4096];
        Arrays.fill(junk, (byte) 0xff);
        try (FileChannel f = FileChannel.open(wrecked, StandardOpenOption.WRITE)) {
            // pages 2 to 4 (the tables SQLite reads on opening) overwritten, as a bad sector does
            f.write(ByteBuffer.wrap(junk), 4096);
        }
        CliRun list = CliRun.of("list", "--case", wrecked.toString());
        assertThat(list.status()).isNotZero();
        assertThat(list.err()).contains(wrecked + ": is damaged or not a case file").contains("onrecord restore --case " + wrecked)
                .doesNotContain("SQLITE").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void aCommandThatWritesTakesTheAutomaticBackupWhenOneIsDue() throws Exception {
        Path caseFile = dir.resolve("daily.onrecord");
        Path article = Files.writeString(dir.resolve("talks.txt"), "Harbour talks\n\nThe harbour talks went on, the envoy said.\n");
        assertThat(CliRun.of("import", "--case", caseFile.toString(), article.toString()).status()).isZero();
        try (AppServices services = new AppServices()) {
            assertThat(services.backups().list(caseFile)).as("a case just made has nothing to back up").isEmpty();
        }
        for (String name : List.of("Harbour master", "Port authority")) {
            assertThat(CliRun.of("entity", "add", "--case", caseFile.toString(), "--name", name, "--type", "PERSON").status()).isZero();
        }
        try (AppServices services = new AppServices()) {
            assertThat(services.backups().list(caseFile)).as("one a day, taken before the first change")
                    .singleElement().satisfies(b -> {
                        assertThat(b.reason()).isEqualTo(BackupService.AUTOMATIC);
                        assertThat(b.articles()).isOne();
                    });
        }
    }

    private static int originals(Path copy) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:file:" + copy + "?mode=ro"); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM article_original")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }
}
