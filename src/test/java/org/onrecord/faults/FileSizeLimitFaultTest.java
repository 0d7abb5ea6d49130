package org.onrecord.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;
import org.onrecord.Launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Fault 2 of issue 13 where no file system can be mounted: the import runs in a child process
 * whose files may not grow past 3 MB ({@code ulimit -f}, as a FAT disk's size limit does), so
 * SQLite's writes fail half-way (EFBIG, SQLITE_IOERR) and it rolls the transaction back itself.
 * The same promise as on a full disk: whole articles or nothing, and a later import brings the rest.
 */
class FileSizeLimitFaultTest {
    private static final long LIMIT_KB = 3 * 1024;

    @TempDir
    Path dir;

    @Test
    void anImportStoppedByTheFileSizeLimitSavesNoHalfArticleAndALaterImportBringsTheRest() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "needs /bin/bash for ulimit");
        Path in = dir.resolve("in");
        Map<String, String> articles = new TreeMap<>(Articles.write(in, 1, 2_000));
        articles.put("day-02.txt", Articles.one(in.resolve("day-02.txt"), 2, 1_500_000));
        // Larger than the limit on its own, with a small text: the article row fits, its original never does.
        String html = "<html><head><title>Day three</title></head><body><p>The envoy said the talks would go on.</p>"
                + "<script>" + "var padding = 'markup the reader drops';\n".repeat(90_000) + "</script></body></html>";
        Files.writeString(in.resolve("day-03.html"), html);
        articles.put("day-03.html", CaseRows.sha256(html.getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("case.onrecord");
        assertThat(Cli.run("import", "--case", file.toString(), in.resolve("day-01.txt").toString()).status()).isZero();

        ChildJvm.Result limited = limitedImport(file, in);

        Map<String, String> saved = CaseRows.originals(file);
        assertThat(saved).as("every saved article has its original, byte for byte: " + limited).allSatisfy(
                (name, sha) -> assertThat(sha).isEqualTo(articles.get(name)));
        assertThat(saved).as(limited.toString()).doesNotContainKey("day-03.html");
        assertThat(limited.status()).as(limited.toString()).isEqualTo(1);
        assertThat(limited.err()).contains("day-03.html: not imported: Cannot save to " + file + ": the disk failed to write")
                .doesNotContain("SQLITE_");

        Cli again = Cli.run("import", "--case", file.toString(), in.toString());

        assertThat(again.status()).as(again.said()).isZero();
        assertThat(CaseRows.originals(file)).isEqualTo(articles);
    }

    /** The real command line in a child whose files may not grow past {@link #LIMIT_KB}. */
    private static ChildJvm.Result limitedImport(Path file, Path in) throws Exception {
        List<String> java = new ArrayList<>(ChildJvm.of(List.of("-Xmx256m", "--enable-native-access=ALL-UNNAMED"),
                Launcher.class, "import", "--case", file.toString(), in.toString()).command());
        StringBuilder command = new StringBuilder("ulimit -f " + LIMIT_KB + " && exec");
        for (String part : java) {
            command.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        Process p = new ProcessBuilder("/bin/bash", "-c", command.toString()).start();
        p.getOutputStream().close();
        var err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new ChildJvm.Result(p.exitValue(), out, err.join());
    }
}
