package org.onrecord;

import org.onrecord.app.AppServices;
import org.onrecord.progress.Progress;
import org.onrecord.service.OpenCase;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Real cases made through the services (the demo case and a long imported article), and damaged
 * copies of them made as a failing disk or a bad copy does: pages in the middle of the file
 * overwritten with noise.
 */
public final class DamagedCopies {
    private DamagedCopies() {
    }

    /** A closed case (its WAL folded back into the file) with the demo's articles and annotations and one long article. */
    public static Path realCase(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".onrecord");
        Path article = dir.resolve(name + "-long-report.txt");
        StringBuilder text = new StringBuilder("Harbour inquiry hears from the ferry crews\n\n");
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            text.append("Witness ").append(i).append(" told the inquiry on day ").append(1 + random.nextInt(30))
                    .append(" that the ferry's logbook page ").append(random.nextInt(9000)).append(" had been rewritten.");
            text.append(i % 6 == 5 ? "\n\n" : " ");
        }
        Files.writeString(article, text);
        try (AppServices services = new AppServices(); OpenCase open = services.cases().createCase(file)) {
            open.buildDemo(Progress.NONE);
            open.importPaths(List.of(article), Progress.NONE);
        }
        return file;
    }

    /** Overwrites {@code pages} whole pages at the middle of the file with noise (a fixed seed, so every run damages the same). */
    public static void overwriteMiddlePages(Path file, int pages) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(16);
            int pageSize = raf.readUnsignedShort();
            pageSize = pageSize == 1 ? 65536 : pageSize;
            long count = raf.length() / pageSize;
            if (count < pages + 4) {
                throw new IllegalStateException(file + " has only " + count + " pages");
            }
            byte[] noise = new byte[pageSize];
            Random random = new Random(42);
            long first = count / 2;
            for (long p = first; p < first + pages; p++) {
                random.nextBytes(noise);
                raf.seek(p * pageSize);
                raf.write(noise);
            }
        }
    }

    /** Words of the long article found once in its body and once in its stored original (the later one). */
    public static final String LONG_ARTICLE_WORDS = "Witness 750 told the inquiry";

    /**
     * Overwrites with noise the page that holds {@link #LONG_ARTICLE_WORDS} in the long article's
     * stored original (its last occurrence: the original is written after the body), so the case is
     * damaged but its lists and annotations still read.
     */
    public static void overwriteOriginalPage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] marker = LONG_ARTICLE_WORDS.getBytes(StandardCharsets.UTF_8);
        int at = -1;
        for (int i = bytes.length - marker.length; i >= 0 && at < 0; i--) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                at = i;
            }
        }
        if (at < 0) {
            throw new IllegalStateException(file + " does not hold the long article");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(16);
            int pageSize = raf.readUnsignedShort();
            byte[] noise = new byte[pageSize];
            new Random(43).nextBytes(noise);
            raf.seek((long) (at / pageSize) * pageSize);
            raf.write(noise);
        }
    }

    /** A damaged copy of {@code healthy} next to it; the healthy case is left as it was. */
    public static Path damagedCopy(Path healthy, String name) throws IOException {
        Path copy = healthy.resolveSibling(name + ".onrecord");
        Files.copy(healthy, copy);
        overwriteMiddlePages(copy, 3);
        return copy;
    }
}
