package org.onrecord.ui;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.DamagedCopies;
import org.onrecord.service.Backup;
import org.onrecord.service.BackupService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.WorkbenchFixture.waitForLookup;
import static org.onrecord.ui.WorkbenchFixture.waitUntil;

/** A damaged copy of a real case opened in the real window: the warning, the offer, the backup list, the restore — by clicks. */
@ExtendWith(ApplicationExtension.class)
class DamagedCaseWindowTest {
    @TempDir
    static Path dir;
    final WorkbenchFixture fixture = new WorkbenchFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage, dir.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theWindowSaysTheCaseIsDamagedAndRestoresTheBackupChosenInTheList(FxRobot robot) throws Exception {
        Path file = DamagedCopies.realCase(dir, "harbour");
        Backup healthy = fixture.services.backups().backUp(file, BackupService.BY_HAND);
        DamagedCopies.overwriteOriginalPage(file);

        Platform.runLater(() -> fixture.window.actions().open(file));

        waitForLookup(robot, "Restore from backup…");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith(file + " is damaged").contains("opened read-only");
        assertThat(fixture.window.actions().session().damage()).isPresent();
        robot.clickOn("Restore from backup…");

        TableView<?> backups = waitForLookup(robot, "#backups");
        assertThat(backups.getItems()).hasSize(1);
        robot.clickOn("taken by hand");
        robot.clickOn("Restore");

        waitUntil(() -> fixture.window.actions().session() != null && fixture.window.actions().session().damage().isEmpty()
                && fixture.window.state().snapshot().statements().size() == healthy.statements());
        assertThat(fixture.window.stage().getTitle()).contains("harbour");
        assertThat(fixture.services.backups().list(file)).extracting(Backup::reason).contains(BackupService.BEFORE_RESTORE);
    }
}
