package org.onrecord.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real, small file system for one test: a tmpfs of a given size mounted on a folder (Linux, as
 * root — the case here). Where it cannot be mounted the test is skipped with the reason, and shows
 * as skipped rather than vanishing; {@link FileSizeLimitFaultTest} covers the full disk there.
 */
final class SmallDisk implements AutoCloseable {
    final Path root;
    private Path filler;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts it, or skips the calling test when this machine cannot. */
    static SmallDisk mountOrSkip(Path folder, long bytes) throws Exception {
        Files.createDirectories(folder);
        Optional<String> problem = run("mount", "-t", "tmpfs", "-o", "size=" + bytes + ",mode=0755", "onrecord-fault", folder.toString());
        assumeTrue(problem.isEmpty(), () -> "cannot mount a small tmpfs here (needs Linux and root): " + problem.orElse(""));
        return new SmallDisk(folder);
    }

    /** Whether this machine can mount one (for tests that choose between it and another way). */
    static boolean canMount(Path scratch) throws Exception {
        Files.createDirectories(scratch);
        if (run("mount", "-t", "tmpfs", "-o", "size=65536", "onrecord-probe", scratch.toString()).isPresent()) {
            return false;
        }
        run("umount", scratch.toString());
        return true;
    }

    /** Fills the disk with one file until only {@code leave} bytes are free (a disk full of other things). */
    void fillLeaving(long leave) throws IOException {
        filler = root.resolve("other-things.bin");
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (free() > leave + chunk.length) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // already full
        }
    }

    /** Fills it to the last byte. */
    void fillCompletely() throws IOException {
        fillLeaving(0);
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // that is the point
        }
    }

    /** Deletes the filler: the researcher frees space. */
    void freeSpace() throws IOException {
        if (filler != null) {
            Files.deleteIfExists(filler);
        }
    }

    long free() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    void remountReadOnly() throws Exception {
        run("mount", "-o", "remount,ro", root.toString()).ifPresent(p -> {
            throw new IllegalStateException("cannot remount read-only: " + p);
        });
    }

    @Override
    public void close() throws Exception {
        if (run("umount", root.toString()).isPresent()) {
            run("umount", "-l", root.toString());
        }
    }

    /** Runs a system command; empty when it succeeded, else what it said. */
    private static Optional<String> run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("timed out");
            }
            return p.exitValue() == 0 ? Optional.empty() : Optional.of(said.strip());
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
