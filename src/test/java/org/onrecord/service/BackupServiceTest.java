package org.onrecord.service;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.DamagedCopies;
import org.onrecord.app.AppServices;
import org.onrecord.model.Note;
import org.onrecord.store.CaseCounts;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.NotACaseException;
import org.onrecord.store.StoreException;
import org.onrecord.store.sqlite.SqliteCaseFiles;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups, copies and restores on real case files. */
class BackupServiceTest {
    @TempDir
    static Path shared;
    static Path original;
    @TempDir
    Path dir;
    final SqliteCaseFiles files = new SqliteCaseFiles();

    @BeforeAll
    static void makeCase() throws Exception {
        original = DamagedCopies.realCase(shared, "harbour");
    }

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private Path caseCopy(String name) throws Exception {
        Path file = dir.resolve(name + ".onrecord");
        Files.copy(original, file);
        return file;
    }

    private BackupService backups(BackupPolicy policy, Clock clock) {
        return new BackupService(files, dir.resolve("backups"), policy, clock);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path file = caseCopy("rolling");
        HandClock clock = new HandClock();
        BackupService backups = backups(new BackupPolicy(3, Duration.ofHours(24)), clock);
        for (int i = 0; i < 5; i++) {
            backups.backUp(file, BackupService.BY_HAND);
            clock.advance(Duration.ofMinutes(1));
        }
        List<Backup> kept = backups.list(file);
        assertThat(kept).hasSize(3);
        assertThat(kept.getFirst().taken()).isEqualTo(Instant.parse("2026-03-01T09:04:00Z"));
        assertThat(kept.getLast().taken()).isEqualTo(Instant.parse("2026-03-01T09:02:00Z"));
        CaseCounts counts = files.counts(file);
        assertThat(kept).allSatisfy(b -> {
            assertThat(b.articles()).isEqualTo(counts.articles());
            assertThat(b.statements()).isEqualTo(counts.statements());
            assertThat(b.size()).isPositive();
            assertThat(files.check(b.file(), Duration.ofSeconds(30)).state()).isEqualTo(CaseHealth.State.HEALTHY);
        });
        try (var folder = Files.list(backups.folderOf(file))) {
            assertThat(folder.map(p -> p.getFileName().toString())).as("no temporary files left").allMatch(n -> n.endsWith(".onrecord"));
        }
    }

    @Test
    void anAutomaticBackupIsTakenOnlyWhenTheNewestIsOlderThanThePolicyAndTheCaseChanged() throws Exception {
        Path file = caseCopy("due");
        HandClock clock = new HandClock();
        clock.now = Instant.now().plusSeconds(1); // clear of the copy's own time, which the file names keep to the millisecond
        BackupService backups = backups(new BackupPolicy(10, Duration.ofHours(24)), clock);
        assertThat(backups.backUpIfDue(file)).as("the first open of a case").isPresent();
        clock.advance(Duration.ofHours(23));
        assertThat(backups.backUpIfDue(file)).as("a day has not passed").isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(backups.backUpIfDue(file)).as("a day passed, but nothing changed").isEmpty();
        try (SqliteCaseStore store = SqliteCaseStore.open(file)) {
            store.notes().put(new Note(0, Note.NoteTarget.ARTICLE, 1, "checked the ferry logbook", Instant.now()));
        }
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        assertThat(backups.backUpIfDue(file)).as("a day passed and the case changed").isPresent();
        assertThat(backups.list(file)).hasSize(2);
    }

    @Test
    void theBackupPolicyIsReadFromTheDataFolder() throws Exception {
        Files.writeString(dir.resolve(BackupPolicy.FILE_NAME), "backups.keep = 4\nbackups.every-hours=6\n");
        assertThat(BackupPolicy.readFrom(dir)).isEqualTo(new BackupPolicy(4, Duration.ofHours(6)));
        assertThat(BackupPolicy.readFrom(dir.resolve("elsewhere"))).isEqualTo(BackupPolicy.DEFAULT);
    }

    @Test
    void aCaseOfAnOlderFormatIsBackedUpBeforeItIsUpgradedInPlace() throws Exception {
        Path file = dir.resolve("older.onrecord");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("2").load().migrate();
        byte[] before = Files.readAllBytes(file);
        try (AppServices services = new AppServices()) {
            try (OpenCase open = services.cases().openCase(file)) {
                assertThat(open.snapshot().articles()).isEmpty();
            }
            List<Backup> kept = services.backups().list(file);
            assertThat(kept).singleElement().satisfies(b -> {
                assertThat(b.reason()).isEqualTo(BackupService.BEFORE_UPGRADE);
                assertThat(files.needsUpgrade(b.file())).as("the backup is the case as it was").isTrue();
            });
            assertThat(files.needsUpgrade(file)).isFalse();
            assertThat(Files.readAllBytes(kept.getFirst().file()).length).isEqualTo(before.length);
            try (OpenCase again = services.cases().openCase(file)) {
                assertThat(again.path()).isEqualTo(file);
            }
            assertThat(services.backups().list(file)).as("an up-to-date case is not copied again").hasSize(1);
        }
    }

    @Test
    void restoringPutsTheCopyBackAndKeepsTheStateBeforeSoItCanBeTakenBack() throws Exception {
        Path file = caseCopy("restore");
        BackupService backups = backups(BackupPolicy.DEFAULT, Clock.systemUTC());
        Backup healthy = backups.backUp(file, BackupService.BY_HAND);
        try (SqliteCaseStore store = SqliteCaseStore.open(file)) {
            store.statements().all().forEach(s -> store.statements().delete(s.id()));
        }
        assertThat(files.counts(file).statements()).isZero();

        Backup before = backups.restore(file, healthy.file());

        assertThat(files.counts(file).statements()).isEqualTo(healthy.statements());
        assertThat(before.reason()).isEqualTo(BackupService.BEFORE_RESTORE);
        assertThat(before.statements()).as("the state before the restore is kept").isZero();
        backups.restore(file, before.file());
        assertThat(files.counts(file).statements()).as("the restore taken back").isZero();
    }

    @Test
    void aRestoreReachesAWindowThatHasTheCaseOpen() throws Exception {
        Path file = caseCopy("open-during-restore");
        BackupService backups = backups(BackupPolicy.DEFAULT, Clock.systemUTC());
        Backup healthy = backups.backUp(file, BackupService.BY_HAND);
        try (SqliteCaseStore open = SqliteCaseStore.open(file)) {
            int statements = open.statements().all().size();
            open.statements().all().forEach(s -> open.statements().delete(s.id()));
            backups.restore(file, healthy.file());
            assertThat(open.statements().all()).as("the open case reads the restored content").hasSize(statements);
        }
        assertThat(files.check(file, Duration.ofSeconds(30)).state()).isEqualTo(CaseHealth.State.HEALTHY);
    }

    @Test
    void aDamagedCaseIsRestoredAndItsDamagedStateKept() throws Exception {
        Path file = caseCopy("to-repair");
        BackupService backups = backups(BackupPolicy.DEFAULT, Clock.systemUTC());
        Backup healthy = backups.backUp(file, BackupService.BY_HAND);
        DamagedCopies.overwriteMiddlePages(file, 3);
        assertThat(files.check(file, Duration.ofSeconds(30)).isDamaged()).isTrue();

        Backup before = backups.restore(file, healthy.file());

        assertThat(files.check(file, Duration.ofSeconds(30)).state()).isEqualTo(CaseHealth.State.HEALTHY);
        assertThat(files.counts(file)).isEqualTo(files.counts(healthy.file()));
        assertThat(files.check(before.file(), Duration.ofSeconds(30)).isDamaged()).as("the damaged state is kept, not lost").isTrue();
    }

    @Test
    void aDamagedCopyIsNeverRestoredAndTheCaseIsLeftAsItWas() throws Exception {
        Path file = caseCopy("keep");
        Path damaged = DamagedCopies.damagedCopy(original, "bad-copy-" + System.nanoTime());
        BackupService backups = backups(BackupPolicy.DEFAULT, Clock.systemUTC());
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> backups.restore(file, damaged)).isInstanceOf(StoreException.class)
                .hasMessageContaining(damaged.toString()).hasMessageContaining("is damaged itself").hasMessageContaining("nothing was restored");
        Path text = Files.writeString(dir.resolve("notes.txt"), "just notes");
        assertThatThrownBy(() -> backups.restore(file, text)).isInstanceOf(NotACaseException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(backups.list(file)).as("nothing to take back, nothing kept").isEmpty();
    }

    @Test
    void aCopyIsNeverWrittenOverTheCaseItself() throws Exception {
        Path file = caseCopy("self");
        BackupService backups = backups(BackupPolicy.DEFAULT, Clock.systemUTC());
        assertThatThrownBy(() -> backups.saveCopy(file, file)).isInstanceOf(StoreException.class).hasMessageContaining("the case itself");
        Path copy = dir.resolve("mail/self copy.onrecord");
        backups.saveCopy(file, copy);
        assertThat(files.counts(copy)).isEqualTo(files.counts(file));
    }
}
