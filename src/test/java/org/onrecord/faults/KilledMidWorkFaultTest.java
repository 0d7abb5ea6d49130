package org.onrecord.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;
import org.onrecord.app.AppServices;
import org.onrecord.model.EntityType;
import org.onrecord.service.OpenCase;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line killed with SIGKILL in the middle of an import, a run of edits, an analysis and an export:
 * the case stays whole (SQLite's integrity check), nothing is half-written (every article has its
 * original bytes), and running the same work again finishes it without duplicates.
 */
class KilledMidWorkFaultTest {
    private static final List<String> SMALL = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED");
    private static final List<String> MODELS = List.of("-Xmx1536m", "--enable-native-access=ALL-UNNAMED");

    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfwayLeavesWholeArticlesAndTheNextImportBringsTheRest() throws Exception {
        // The progress line comes at most once a second, always before the last file: on a fast, quiet machine a
        // small import ends before its first line, so a run that finished unkilled is tried again four times larger.
        Path file = null;
        Path in = null;
        Map<String, String> written = Map.of();
        boolean killed = false;
        for (int attempt = 0, files = 400; attempt < 3 && !killed; attempt++, files *= 4) {
            file = dir.resolve("case-" + attempt + ".onrecord");
            in = dir.resolve("in-" + attempt);
            written = Articles.write(in, files, 10_000);
            Process child = ChildJvm.of(SMALL, Launcher.class, "import", "--case", file.toString(), in.toString()).start();
            String total = String.valueOf(files);
            killed = reachedAndKilled(child, child.getErrorStream(), line -> line.matches("import: \\d+ of " + total + " files.*"));
        }
        assertThat(killed).as("an import was killed halfway").isTrue();

        assertWhole(file);
        Map<String, String> saved = CaseRows.originals(file);
        assertThat(saved).isNotEmpty().hasSizeLessThan(written.size());
        for (Map.Entry<String, String> e : saved.entrySet()) {
            assertThat(e.getValue()).as(e.getKey() + " is stored with its original bytes").isEqualTo(written.get(e.getKey()));
        }

        Cli again = Cli.run("import", "--case", file.toString(), in.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(CaseRows.originals(file)).isEqualTo(written);
    }

    @Test
    void editsKilledHalfwayKeepEveryCommittedEditWholeAndTheCaseTakesMore() throws Exception {
        Path file = dir.resolve("case.onrecord");
        Articles.write(dir.resolve("in"), 2, 2_000);
        assertThat(Cli.run("import", "--case", file.toString(), dir.resolve("in").toString()).status()).isZero();
        Process child = ChildJvm.of(SMALL, EditLoop.class, file.toString()).start();
        killAfter(child, child.getInputStream(), line -> line.equals("EDITED 30"));

        assertWhole(file);
        int entities = CaseRows.count(file, "entity");
        assertThat(entities).isGreaterThanOrEqualTo(30);
        // each edit is an entity with its other name, written together or not at all
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM entity_alias a "
                     + "WHERE a.entity_id = e.id AND a.alias = 'P. ' || substr(e.name, 8))")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("entities stored without their other name").isZero();
        }
        Cli add = Cli.run("entity", "add", "--case", file.toString(), "--name", "After the kill", "--type", "PERSON");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(CaseRows.count(file, "entity")).isEqualTo(entities + 1);
    }

    @Test
    void anAnalysisKilledHalfwayIsFinishedByTheNextWithoutDuplicates() throws Exception {
        Path file = dir.resolve("case.onrecord");
        for (int day = 1; day <= 40; day++) {
            Files.createDirectories(dir.resolve("in"));
            Files.writeString(dir.resolve("in").resolve("dated-" + day + ".txt"), ("Harbour talks, part " + day + "\n\n"
                    + "On Monday the envoy met the minister of part " + day + ". Last month the talks stalled. "
                    + "The next round opens on Nov. 24, the envoy said on Tuesday.\n\n").repeat(12));
        }
        assertThat(Cli.run("import", "--case", file.toString(), "--published", "2014-12-05", dir.resolve("in").toString()).status())
                .isZero();
        Process child = ChildJvm.of(MODELS, Launcher.class, "analyze", "--case", file.toString(), "--only", "dates").start();
        // the progress line names the article being analysed: kill once a few are done
        killAfter(child, child.getErrorStream(), line -> line.matches(".*articles ([1-9]|[1-3]\\d)/40\\b.*"));

        assertWhole(file);
        ChildJvm.Result again = ChildJvm.run(MODELS, Launcher.class, "analyze", "--case", file.toString(), "--only", "dates");
        assertThat(again.status()).as(again.err()).isZero();
        assertWhole(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT article_id, start, \"end\" FROM event "
                     + "GROUP BY article_id, start, \"end\" HAVING count(*) > 1)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("events suggested twice at the same words").isZero();
        }
        assertThat(CaseRows.count(file, "event")).isGreaterThanOrEqualTo(40);
    }

    @Test
    void anExportKilledHalfwayLeavesTheEarlierExportAndTheCaseWholeAndTheNextExportClearsUp() throws Exception {
        Path file = dir.resolve("case.onrecord");
        Map<String, String> written = Articles.write(dir.resolve("in"), 400, 10_000);
        assertThat(Cli.run("import", "--case", file.toString(), dir.resolve("in").toString()).status()).isZero();
        Path out = Files.createDirectories(dir.resolve("out")).resolve("case.json");
        Cli first = Cli.run("export", "--case", file.toString(), "--format", "json", "--out", out.toString());
        assertThat(first.status()).as(first.said()).isZero();
        byte[] earlier = Files.readAllBytes(out);
        assertThat(Cli.run("note", "add", "--case", file.toString(), "--article", "1", "--text", "A note after the first export")
                .status()).isZero();

        // the real command in a process of its own, killed as soon as its temporary file is there (inotify);
        // a run that finished before the kill landed is tried again
        Path left = null;
        for (int attempt = 1; attempt <= 5 && left == null; attempt++) {
            left = killWhileWriting(out, ChildJvm.of(SMALL, Launcher.class, "export", "--case", file.toString(),
                    "--format", "json", "--out", out.toString()));
            if (left == null) {
                Files.write(out, earlier);  // it finished: start again from the earlier export
            }
        }
        assertThat(left).as("an export was killed while writing").isNotNull();

        assertThat(Files.readAllBytes(out)).as("the earlier export, whole and unchanged").isEqualTo(earlier);
        assertWhole(file);
        assertThat(CaseRows.originals(file)).isEqualTo(written);
        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minusSeconds(120)));  // a killed export's leftover, later

        Cli again = Cli.run("export", "--case", file.toString(), "--format", "json", "--out", out.toString());

        assertThat(again.status()).as(again.said()).isZero();
        assertThat(Files.readString(out).strip()).contains("A note after the first export").endsWith("}");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("case.json");
        }
    }

    /**
     * Starts the export and kills it with SIGKILL the moment its temporary file appears beside {@code out}.
     * Returns that file when it was left behind (the export was killed while writing), null when the export
     * had finished first.
     */
    private static Path killWhileWriting(Path out, ProcessBuilder export) throws Exception {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            out.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process child = export.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
            boolean seen = false;
            while (!seen) {
                WatchKey key = watch.poll(2, TimeUnit.MINUTES);
                assertThat(key).as("the export started writing").isNotNull();
                seen = key.pollEvents().stream().anyMatch(e -> e.context().toString().endsWith(".part"));
                key.reset();
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Stream<Path> files = Files.list(out.getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).findFirst().orElse(null);
        }
    }

    /** The child: one entity with one other name per edit, each through the one undo history, counted on stdout. */
    public static final class EditLoop {
        public static void main(String[] args) throws Exception {
            try (AppServices services = new AppServices(); OpenCase open = services.cases().openCase(Path.of(args[0]))) {
                for (int i = 1; ; i++) {
                    open.edits().addEntity("Person " + i, EntityType.PERSON, List.of("P. " + i));
                    System.out.println("EDITED " + i);
                    System.out.flush();
                }
            }
        }
    }

    /** {@link #reachedAndKilled}, the line being certain to come. */
    private static void killAfter(Process child, InputStream stream, Predicate<String> signal) throws Exception {
        assertThat(reachedAndKilled(child, stream, signal)).as("the child reached the point to kill it at").isTrue();
    }

    /**
     * Reads the child's lines until one matches, then kills it with SIGKILL (no finally block, no shutdown hook runs);
     * false when the child ended without the line (it finished its work before the point to kill it at).
     */
    private static boolean reachedAndKilled(Process child, InputStream stream, Predicate<String> signal) throws Exception {
        child.getOutputStream().close();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            boolean seen = false;
            while ((line = lines.readLine()) != null) {
                if (signal.test(line)) {
                    seen = true;
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return seen;
        }
    }

    private static void assertWhole(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
        Cli list = Cli.run("list", "--case", file.toString());
        assertThat(list.status()).as(list.err()).isZero();
    }
}
