package org.onrecord.ui.backup;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.onrecord.service.Backup;
import org.onrecord.service.BackupService;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RestoreDialogViewModelTest {
    static final Path CASE = Path.of("/cases/harbour.onrecord");
    static final Backup NEWEST = new Backup(Path.of("/data/backups/harbour/b2.onrecord"), Instant.parse("2026-03-02T09:30:00Z"),
            BackupService.AUTOMATIC, 2_400_000, 12, 48);
    static final Backup OLDER = new Backup(Path.of("/data/backups/harbour/b1.onrecord"), Instant.parse("2026-02-27T17:05:00Z"),
            BackupService.BEFORE_UPGRADE, 300_000, 10, -1);

    @Test
    void eachBackupShowsItsDateSizeAndWhatItHoldsNewestChosenFirst() {
        var vm = new RestoreDialogViewModel(CASE, List.of(NEWEST, OLDER), ZoneOffset.UTC);
        assertThat(vm.rows()).extracting(RestoreDialogViewModel.Row::taken, RestoreDialogViewModel.Row::size,
                        RestoreDialogViewModel.Row::articles, RestoreDialogViewModel.Row::statements, RestoreDialogViewModel.Row::reason)
                .containsExactly(
                        Tuple.tuple("Mon 2 Mar 2026, 09:30", "2.3 MB", "12", "48", "automatic"),
                        Tuple.tuple("Fri 27 Feb 2026, 17:05", "293 KB", "10", "unreadable", "before the case format was upgraded"));
        assertThat(vm.header()).isEqualTo("2 backups of harbour.onrecord, newest first.");
        assertThat(vm.source()).contains(NEWEST.file());
        assertThat(vm.canRestoreProperty().get()).isTrue();
        assertThat(vm.explanation()).contains("kept as a backup first");
    }

    @Test
    void choosingAnotherRowOrAnotherCopyChangesWhatIsRestored() {
        var vm = new RestoreDialogViewModel(CASE, List.of(NEWEST, OLDER), ZoneOffset.UTC);
        vm.chosenProperty().set(vm.rows().get(1));
        assertThat(vm.source()).contains(OLDER.file());
        vm.chooseOtherCopy(Path.of("/mail/harbour copy.onrecord"));
        assertThat(vm.source()).contains(Path.of("/mail/harbour copy.onrecord"));
    }

    @Test
    void withoutBackupsOnlyAnotherCopyCanBeRestored() {
        var vm = new RestoreDialogViewModel(CASE, List.of(), ZoneOffset.UTC);
        assertThat(vm.header()).startsWith("No backups of harbour.onrecord yet");
        assertThat(vm.canRestoreProperty().get()).isFalse();
        assertThat(vm.source()).isEmpty();
        vm.chooseOtherCopy(Path.of("/mail/harbour copy.onrecord"));
        assertThat(vm.canRestoreProperty().get()).isTrue();
    }
}
