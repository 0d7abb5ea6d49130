package org.onrecord.faults;

import org.onrecord.store.sqlite.SqliteCaseStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.app.AppServices;
import org.onrecord.service.ImportReport;
import org.onrecord.ui.WorkbenchActions;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.common.RecentCases;
import org.onrecord.ui.state.WorkbenchState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 10 of issue 13: a read-only folder, a full disk, a schema that cannot be migrated and an
 * export folder that cannot be written each get one sentence naming the file and what to do —
 * on the command line and in the window's dialog — never "damaged", a stack trace or a vendor URL.
 */
class PlainMessagesFaultTest {
    @TempDir
    Path dir;

    private AppServices services;
    private WorkbenchActions window;
    private final List<String> dialogs = new ArrayList<>();

    @BeforeEach
    void window() {
        services = new AppServices();
        window = new WorkbenchActions(services, new WorkbenchState(), new ImmediateTaskRunner(),
                new RecentCases(new MemoryUiPreferences()), dir.resolve("data"), new WorkbenchActions.Dialogs() {
                    @Override
                    public void error(String title, String message) {
                        dialogs.add(message);
                    }

                    @Override
                    public void importResults(ImportReport report) {
                        dialogs.add(report.summary());
                    }
                });
    }

    @AfterEach
    void close() {
        window.close();
        services.close();
    }

    /** One sentence for a researcher: names the file, says what to do, and nothing for developers. */
    private static void assertPlain(String message, Path file, String... says) {
        assertThat(message.strip().lines()).as(message).hasSize(1);
        assertThat(message).contains(file.toString()).contains(says)
                .doesNotContainIgnoringCase("flyway").doesNotContain("http").doesNotContain("\tat ").doesNotContain("SQLITE_")
                .doesNotContain("Exception").doesNotContain(".part").doesNotContain(".creating");
    }

    private Path importedCase(Path file) throws Exception {
        Articles.write(dir.resolve("in"), 1, 2_000);
        Cli run = Cli.run("import", "--case", file.toString(), dir.resolve("in").toString());
        assertThat(run.status()).as(run.said()).isZero();
        return file;
    }

    @Test
    void aCaseInAReadOnlyFolderIsNamedWithWhatToDoNotCalledDamaged() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("stick"), 8L << 20)) {
            Path file = importedCase(disk.root.resolve("case.onrecord"));
            disk.remountReadOnly();

            Cli list = Cli.run("list", "--case", file.toString());
            Cli more = Cli.run("import", "--case", file.toString(), dir.resolve("in").toString());
            window.open(file);

            // read-only, not refused: it is read as it is (ReadOnlyCaseFaultTest), and a write says why not
            assertThat(list.status()).as(list.said()).isZero();
            assertThat(more.status()).as(more.said()).isEqualTo(1);
            assertPlain(more.err(), file, "cannot be written where it is", "nothing was changed");
            assertThat(more.err()).doesNotContain("damaged");
            assertThat(dialogs).isEmpty();
            assertThat(window.session().readOnly()).hasValueSatisfying(m -> assertPlain(m, file, "opened read-only", "Save a copy"));
        }
    }

    @Test
    void anExportIntoAFolderThatCannotBeWrittenNamesTheExportNotATemporaryFile() throws Exception {
        Path file = importedCase(dir.resolve("case.onrecord"));
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("stick"), 1L << 20)) {
            disk.remountReadOnly();
            Path target = disk.root.resolve("case.json");

            Cli export = Cli.run("export", "--case", file.toString(), "--format", "json", "--out", target.toString());
            window.open(file);
            window.exportData("json", target);

            assertThat(export.status()).as(export.said()).isEqualTo(1);
            assertPlain(export.err(), target, "cannot be written to");
            assertThat(dialogs).singleElement().satisfies(m -> assertPlain(m, target, "cannot be written to"));
        }
    }

    @Test
    void anExportOntoAFullDiskSaysSoAndNamesTheExport() throws Exception {
        Path file = importedCase(dir.resolve("case.onrecord"));
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("stick"), 1L << 20)) {
            disk.fillCompletely();
            Path target = disk.root.resolve("report.pdf");

            Cli report = Cli.run("report", "--case", file.toString(), "--out", target.toString());

            assertThat(report.status()).as(report.said()).isEqualTo(1);
            assertPlain(report.err(), target, "the disk is full", "free some space");
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void aCaseWhoseRecordOfFormatChangesDoesNotMatchIsOneSentenceInTheWindowAndOnTheCommandLine() throws Exception {
        Path file = importedCase(dir.resolve("case.onrecord"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
            // so the update to the newest format runs again
            st.execute("DELETE FROM flyway_schema_history WHERE version = '" + SqliteCaseStore.SCHEMA_VERSION + "'");
        }
        assertSchemaProblemIsPlain(file);
    }

    @Test
    void aCaseWhoseFormatChangeFailsIsOneSentenceAndLeftAsItWas() throws Exception {
        Path file = importedCase(dir.resolve("case.onrecord"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // The history says the newest format was never applied, but its columns are there: the update fails half-way.
            st.execute("DELETE FROM flyway_schema_history WHERE version = '" + SqliteCaseStore.SCHEMA_VERSION + "'");
        }
        byte[] before = Files.readAllBytes(file);
        assertSchemaProblemIsPlain(file);
        assertThat(Files.readAllBytes(file)).as("left as it was").isEqualTo(before);
    }

    private void assertSchemaProblemIsPlain(Path file) {
        Cli list = Cli.run("list", "--case", file.toString());
        window.open(file);

        assertThat(list.status()).as(list.said()).isEqualTo(1);
        assertPlain(list.err(), file, "could not be brought up to this version's format", "restore a backup");
        assertThat(dialogs).singleElement().satisfies(m -> assertPlain(m, file, "restore a backup"));
    }
}
