package org.onrecord.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 7 of issue 13: what a creation killed with SIGKILL leaves never blocks a later import, and
 * a healthy case with a hot journal is recovered as SQLite does, not called damaged.
 */
class KilledCreationFaultTest {
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED");

    @TempDir
    Path dir;

    /**
     * The child: a write in SQLite's rollback-journal mode (how Flyway made and migrated cases),
     * stopped half-way: with a tiny page cache the file itself is already changed, and the journal
     * holds its old pages. Args: the database, then the SQL of the writes.
     */
    public static final class HalfWrite {
        public static void main(String[] args) throws Exception {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
                st.execute("PRAGMA cache_size = 4");
                st.execute("BEGIN");
                for (int i = 1; i < args.length; i++) {
                    st.execute(args[i]);
                }
            }
            System.out.println("HALF-WRITTEN");
            System.out.flush();
            System.in.read(); // never answered: killed here
        }
    }

    private void halfWriteAndKill(Path file, String... sql) throws Exception {
        String[] args = Stream.concat(Stream.of(file.toString()), Stream.of(sql)).toArray(String[]::new);
        Process child = ChildJvm.of(JVM, HalfWrite.class, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("HALF-WRITTEN");
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Path.of(file + "-journal")).as("a hot journal is left").isNotEmptyFile();
    }

    private static final String BULK = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) ";

    @Test
    void aCreationKilledHalfWayLeavesNothingThatBlocksTheNextImport() throws Exception {
        Map<String, String> articles = Articles.write(dir.resolve("in"), 3, 2_000);
        Path file = dir.resolve("case.onrecord");
        Process child = ChildJvm.of(JVM, Launcher.class, "import", "--case", file.toString(), dir.resolve("in").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Killed as soon as anything of the case appears in the folder: in the middle of making it.
        while (child.isAlive() && !anythingOf(file)) {
            Thread.onSpinWait();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(anythingOf(file)).as("the kill came during the creation").isTrue();

        Cli again = Cli.run("import", "--case", file.toString(), dir.resolve("in").toString());

        assertThat(again.status()).as(again.said()).isZero();
        assertThat(CaseRows.originals(file)).isEqualTo(articles);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no leftovers of the killed creation")
                    .noneMatch(n -> n.endsWith(".creating") || n.endsWith("-journal"));
        }
    }

    private boolean anythingOf(Path file) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).anyMatch(n -> n.contains(file.getFileName().toString()));
        }
    }

    @Test
    void anEmptyFileLeftByAKilledCreationIsMadeAnewByImportAndNamedByList() throws Exception {
        Path file = Files.createFile(dir.resolve("case.onrecord"));
        Cli list = Cli.run("list", "--case", file.toString());
        assertThat(list.status()).isEqualTo(1);
        assertThat(list.err()).contains(file.toString()).contains("is empty").contains("import into it");

        assertImportWorks(file);
    }

    @Test
    void aSqliteFileWithoutTheApplicationIdLeftByAKilledCreationIsMadeAnew() throws Exception {
        Path file = dir.resolve("case.onrecord");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // what Flyway had done when it was killed: its history table, nothing of ours yet
            st.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50))");
        }
        assertImportWorks(file);
    }

    @Test
    void aHotJournalLeftByACreationKilledInTheMiddleOfItsFirstMigrationIsRecoveredAndTheImportWorks() throws Exception {
        Path file = dir.resolve("case.onrecord");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50))");
            st.execute("CREATE TABLE filler (x BLOB)");
        }
        halfWriteAndKill(file, "PRAGMA application_id = 1332638307", "CREATE TABLE case_info (key TEXT PRIMARY KEY, value TEXT)",
                BULK + "INSERT INTO filler SELECT randomblob(1000) FROM n");

        assertImportWorks(file);
    }

    @Test
    void aHealthyCaseWithAHotJournalIsRecoveredAsSqliteDoesAndNotCalledDamaged() throws Exception {
        Map<String, String> articles = Articles.write(dir.resolve("in"), 2, 2_000);
        Path file = dir.resolve("case.onrecord");
        assertThat(Cli.run("import", "--case", file.toString(), dir.resolve("in").toString()).status()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE"); // as a copy made by another tool, or a case from before WAL
        }
        halfWriteAndKill(file, "UPDATE article SET title = 'half-written'",
                BULK + "INSERT INTO case_info (key, value) SELECT 'filler ' || i, hex(randomblob(500)) FROM n");

        Cli list = Cli.run("list", "--case", file.toString());

        assertThat(list.status()).as(list.said()).isZero();
        assertThat(list.out()).contains("day-01.txt").contains("day-02.txt").doesNotContain("half-written");
        assertThat(CaseRows.originals(file)).isEqualTo(articles);
        assertThat(Cli.run("import", "--case", file.toString(), dir.resolve("in").toString()).out())
                .contains("day-01.txt: skipped, already in the case");
    }

    private void assertImportWorks(Path file) throws Exception {
        Map<String, String> articles = Articles.write(dir.resolve("in"), 2, 2_000);
        Cli run = Cli.run("import", "--case", file.toString(), dir.resolve("in").toString());
        assertThat(run.status()).as(run.said()).isZero();
        assertThat(CaseRows.originals(file)).isEqualTo(articles);
        assertThat(Cli.run("list", "--case", file.toString()).status()).isZero();
    }
}
