package org.onrecord.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.DamagedCopies;
import org.onrecord.app.AppServices;
import org.onrecord.model.EntityType;
import org.onrecord.service.Backup;
import org.onrecord.service.BackupService;
import org.onrecord.service.ImportReport;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window's actions on real cases and damaged copies of them: read-only, one sentence, restore offered and done; Save a copy. */
class CaseSafetyActionsTest {
    @TempDir
    Path dir;
    AppServices services;
    WorkbenchState state;
    WorkbenchActions actions;
    final List<String> damagedDialogs = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void start() {
        services = new AppServices();
        state = new WorkbenchState();
        actions = new WorkbenchActions(services, state, new ImmediateTaskRunner(), new RecentCases(new MemoryUiPreferences()),
                dir.resolve("data"), new WorkbenchActions.Dialogs() {
                    @Override
                    public void error(String title, String message) {
                        errors.add(title + ": " + message);
                    }

                    @Override
                    public void importResults(ImportReport report) {
                    }

                    @Override
                    public void damaged(Path caseFile, String sentence) {
                        damagedDialogs.add(caseFile + "|" + sentence);
                    }
                });
    }

    @AfterEach
    void stop() {
        actions.close();
        services.close();
    }

    @Test
    void aDamagedCaseOpensReadOnlyWithOneSentenceAndCanBeRestored() throws Exception {
        Path file = DamagedCopies.realCase(dir, "harbour");
        Backup healthy = services.backups().backUp(file, BackupService.BY_HAND);
        DamagedCopies.overwriteOriginalPage(file);
        byte[] damagedBytes = Files.readAllBytes(file);

        actions.open(file);

        assertThat(damagedDialogs).singleElement().asString().startsWith(file + "|" + file + " is damaged")
                .contains("opened read-only").contains("Restore from backup");
        assertThat(actions.session()).as("the case is on screen, to read").isNotNull();
        assertThat(state.snapshot().statements()).isNotEmpty();
        assertThatThrownBy(() -> actions.session().edits().addEntity("Harbour master", EntityType.PERSON, List.of()))
                .hasMessageContaining(file + " is damaged");
        actions.importPaths(List.of(Files.writeString(dir.resolve("new.txt"), "Port reopens\n\nThe port reopened on Monday.\n")));
        assertThat(damagedDialogs).as("an import is refused with the same sentence").hasSize(2);
        assertThat(actions.backupsOf(file)).as("no automatic backup of a damaged case").hasSize(1);

        actions.close();
        assertThat(Files.readAllBytes(file)).as("not a byte written to the damaged case").isEqualTo(damagedBytes);

        actions.restore(file, healthy.file());

        assertThat(errors).isEmpty();
        assertThat(actions.session().damage()).isEmpty();
        assertThat(state.snapshot().statements()).hasSize(healthy.statements());
        assertThat(actions.backupsOf(file)).extracting(Backup::reason).contains(BackupService.BEFORE_RESTORE);
    }

    @Test
    void aLargeCaseIsShownAtOnceAndTurnsReadOnlyWhenTheCheckFinishedBehindFindsDamage() throws Exception {
        Path file = DamagedCopies.realCase(dir, "large");
        DamagedCopies.overwriteOriginalPage(file);
        actions.checkOnOpenFor(Duration.ZERO);

        actions.open(file);

        assertThat(actions.session()).isNotNull();
        assertThat(damagedDialogs).as("said once the check behind the window finished").singleElement().asString()
                .contains(file + " is damaged").contains("opened read-only");
        assertThat(actions.session().damage()).isPresent();
        assertThatThrownBy(() -> actions.session().edits().addEntity("Harbour master", EntityType.PERSON, List.of()))
                .hasMessageContaining(file + " is damaged");
    }

    @Test
    void aHealthyLargeCaseStaysWritableAfterItsCheckFinishes() throws Exception {
        Path file = DamagedCopies.realCase(dir, "healthy-large");
        actions.checkOnOpenFor(Duration.ZERO);

        actions.open(file);

        assertThat(damagedDialogs).isEmpty();
        assertThat(actions.session().checkUnfinished()).isFalse();
        assertThat(actions.session().edits().addEntity("Harbour master", EntityType.PERSON, List.of()).createdId()).isPositive();
    }

    @Test
    void saveACopyWritesTheWholeCaseWhileItIsOpenAndBeingEdited() throws Exception {
        Path file = DamagedCopies.realCase(dir, "to-mail");
        actions.open(file);
        assertThat(actions.backupsOf(file)).as("the automatic backup, taken once the case is on screen")
                .extracting(Backup::reason).containsExactly(BackupService.AUTOMATIC);
        actions.session().edits().addEntity("Harbour master", EntityType.PERSON, List.of());
        Path copy = dir.resolve("outbox/to-mail copy.onrecord");

        actions.saveCopy(copy);

        assertThat(errors).isEmpty();
        try (var copied = services.cases().openCase(copy)) {
            assertThat(copied.snapshot().entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Harbour master"));
            assertThat(copied.snapshot().statements()).hasSameSizeAs(state.snapshot().statements());
        }
        assertThat(Path.of(copy + "-wal")).as("one self-contained file").doesNotExist();
    }
}
