package org.onrecord.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;
import org.onrecord.store.CaseStore;
import org.onrecord.store.sqlite.SqliteCaseStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault 6 of issue 13 with two real processes on one case: a command that reads and then writes
 * waits for the other writer and succeeds; one that waits in vain says who holds the case; the same
 * folder imported twice at once reports "already present", never a UNIQUE constraint.
 */
class TwoWritersFaultTest {
    private static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED");

    @TempDir
    Path dir;

    /** The other writer: short transactions back to back (as an import or an analysis makes them) until stdin closes. */
    public static final class BusyWriter {
        public static void main(String[] args) throws Exception {
            try (CaseStore store = SqliteCaseStore.open(Path.of(args[0]))) {
                var stop = CompletableFuture.runAsync(() -> {
                    try {
                        System.in.read();
                    } catch (IOException ignored) {
                        // stdin closed: stop
                    }
                });
                for (int i = 0; !stop.isDone(); i++) {
                    int n = i;
                    store.inTransaction(() -> {
                        store.putSetting("busy-writer", Integer.toString(n));
                        sleep(30);
                    });
                    if (i == 0) {
                        System.out.println("WRITING");
                        System.out.flush();
                    }
                    sleep(3);
                }
            }
        }
    }

    /** Holds one write transaction open until it is killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (CaseStore store = SqliteCaseStore.open(Path.of(args[0]))) {
                store.inTransaction(() -> {
                    store.putSetting("holder", "here");
                    System.out.println("HOLDING");
                    System.out.flush();
                    try {
                        System.in.read();
                    } catch (IOException ignored) {
                        // killed or released
                    }
                });
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path caseWithTwoEntities() throws Exception {
        Path file = dir.resolve("case.onrecord");
        Articles.write(dir.resolve("in"), 1, 3_000);
        assertThat(Cli.run("import", "--case", file.toString(), "--published", "2014-12-05", dir.resolve("in").toString()).status()).isZero();
        assertThat(Cli.run("entity", "add", "--case", file.toString(), "--name", "Kim Jong-un", "--type", "PERSON").status()).isZero();
        assertThat(Cli.run("entity", "add", "--case", file.toString(), "--name", "Kim Jong Un", "--type", "PERSON").status()).isZero();
        return file;
    }

    private static Process started(Class<?> main, String signal, List<String> options, String... args) throws Exception {
        Process p = ChildJvm.of(options, main, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo(signal);
        return p;
    }

    @Test
    void commandsThatReadThenWriteWaitForAnotherWritingProcessAndSucceed() throws Exception {
        Path file = caseWithTwoEntities();
        Process writer = started(BusyWriter.class, "WRITING", JVM, file.toString());
        try {
            List<ChildJvm.Result> runs = new ArrayList<>();
            runs.add(ChildJvm.run(JVM, Launcher.class, "article", "published", "--case", file.toString(), "--article", "1",
                    "--published", "2014-12-06"));
            runs.add(ChildJvm.run(JVM, Launcher.class, "entity", "merge", "--case", file.toString(), "--into", "1", "2"));
            runs.add(ChildJvm.run(JVM, Launcher.class, "analyze", "--case", file.toString(), "--only", "dates"));
            assertThat(writer.isAlive()).as("the other writer kept writing throughout").isTrue();
            for (ChildJvm.Result run : runs) {
                assertThat(run.status()).as(run.out() + run.err()).isZero();
                assertThat(run.err()).doesNotContain("database is locked").doesNotContain("SQLITE_BUSY");
            }
        } finally {
            writer.getOutputStream().close();
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        Cli list = Cli.run("entity", "list", "--case", file.toString());
        assertThat(list.out()).contains("Kim Jong-un").doesNotContain("Kim Jong Un\n");
        assertThat(Cli.run("list", "--case", file.toString()).out()).contains("2014-12-06");
    }

    @Test
    void aWriteThatWaitsInVainSaysWhichProcessHoldsTheCase() throws Exception {
        Path file = caseWithTwoEntities();
        Process holder = started(Holder.class, "HOLDING", JVM, file.toString());
        try {
            List<String> impatient = new ArrayList<>(JVM);
            impatient.add("-Donrecord.busyTimeoutMillis=1500");
            ChildJvm.Result run = ChildJvm.run(impatient, Launcher.class, "entity", "add", "--case", file.toString(),
                    "--name", "Pyongyang", "--type", "LOCATION");

            assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
            assertThat(run.err()).contains(file.toString()).contains("process " + holder.pid()).contains("try again")
                    .doesNotContain("SQLITE_BUSY").doesNotContain("\tat ");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Cli.run("entity", "list", "--case", file.toString()).out()).doesNotContain("Pyongyang");
    }

    /** Into a case that exists (both store the same files) and into one that does not yet (both create it). */
    @ParameterizedTest(name = "case exists beforehand: {0}")
    @ValueSource(booleans = {true, false})
    void theSameFolderImportedTwiceAtOnceIsImportedOnceAndReportedAlreadyPresent(boolean caseExists) throws Exception {
        Map<String, String> articles = Articles.write(dir.resolve("in"), 200, 8_000);
        Path file = dir.resolve("new.onrecord");
        if (caseExists) {
            SqliteCaseStore.create(file).close();
        }
        String[] args = {"import", "--case", file.toString(), dir.resolve("in").toString()};
        Process a = ChildJvm.of(JVM, Launcher.class, args).redirectErrorStream(true).start();
        Process b = ChildJvm.of(JVM, Launcher.class, args).redirectErrorStream(true).start();
        var aSaid = CompletableFuture.supplyAsync(() -> said(a));
        String bSaid = said(b);
        String both = aSaid.join() + bSaid;

        assertThat(a.waitFor()).as(both).isZero();
        assertThat(b.waitFor()).as(both).isZero();
        assertThat(both).doesNotContain("UNIQUE").doesNotContain("failed (").doesNotContain("not imported");
        for (String name : articles.keySet()) {
            assertThat(count(both, name + ": imported as article")).as(name + "\n" + both).isEqualTo(1);
            assertThat(count(both, name + ": skipped, already in the case")).as(name + "\n" + both).isEqualTo(1);
        }
        assertThat(CaseRows.originals(file)).isEqualTo(articles);
    }

    private static String said(Process p) {
        try {
            p.getOutputStream().close();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
