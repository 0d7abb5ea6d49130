package org.onrecord.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ChildJvm;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An export killed with SIGKILL leaves its temporary file; the next export of the same file clears it away. */
class KilledExportTest {
    @TempDir
    Path dir;

    /** The child: starts a large export, says so, and waits to be killed in the middle of it. */
    public static void main(String[] args) throws Exception {
        AtomicFileWriter.write(Path.of(args[0]), out -> {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i < 8; i++) out.write(chunk);
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            System.in.read(); // the parent never writes: this blocks until the kill
        });
    }

    private List<String> parts() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).sorted().toList();
        }
    }

    @Test
    void theNextExportRemovesWhatAKilledExportLeft() throws Exception {
        Path target = dir.resolve("case.json");
        Process child = ChildJvm.of(List.of("-Xmx64m"), KilledExportTest.class, target.toString()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("WRITING");
            child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        List<String> left = parts();
        assertThat(left).hasSize(1).allMatch(n -> n.matches("\\.case\\.json\\.\\d+\\.part"));
        assertThat(target).doesNotExist();
        // a minute passes
        Path leftover = dir.resolve(left.getFirst());
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(120)));

        AtomicFileWriter.write(target, o -> o.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(parts()).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    @Test
    void aWriteInProgressAndOtherFilesAreLeftAlone() throws Exception {
        Path target = dir.resolve("case.json");
        Path fresh = Files.writeString(dir.resolve(".case.json.123.part"), "another export, still writing");
        Path otherTarget = Files.writeString(dir.resolve(".report.pdf.456.part"), "x");
        Path notOurs = Files.writeString(dir.resolve(".case.json.mine.part"), "x");
        for (Path old : List.of(otherTarget, notOurs)) {
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        AtomicFileWriter.write(target, o -> o.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(fresh).exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
    }
}
