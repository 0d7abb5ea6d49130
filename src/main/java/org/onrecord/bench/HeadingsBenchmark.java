package org.onrecord.bench;

import org.onrecord.ingest.format.FormatArticleReader;
import org.onrecord.ingest.ImportProblem;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads generated plain texts with many heading-like lines (short lines without a full stop, each
 * over a paragraph), the shape of a long PDF's text, and prints the time each one takes. Reading
 * time must grow with the text, not with its square.
 */
public final class HeadingsBenchmark {
    private static final List<Integer> DEFAULT_COUNTS = List.of(1000, 2000, 4000, 8000);

    private HeadingsBenchmark() {
    }

    public static void run(Integer count, PrintWriter out) throws ImportProblem {
        FormatArticleReader reader = new FormatArticleReader();
        reader.read("warm-up.txt", text(200).getBytes(StandardCharsets.UTF_8));
        for (int headings : count == null ? DEFAULT_COUNTS : List.of(count)) {
            byte[] bytes = text(headings).getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            reader.read("headings.txt", bytes);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "headings: %,d heading lines (%.1f MB) read in %.2f s%n",
                    headings, bytes.length / 1e6, seconds);
            out.flush();
        }
    }

    /** An opening paragraph, then {@code headings} times a short heading line over a paragraph. */
    public static String text(int headings) {
        StringBuilder text = new StringBuilder("A long report on harbour works\n\n");
        String paragraph = "The council met again on Tuesday to hear the engineers describe the state of the "
                + "quay walls, the cost of repairs and the time the works would take, and members asked "
                + "whether the ferry timetable would change while the berths were closed.\n\n";
        text.append(paragraph);
        for (int i = 1; i <= headings; i++) {
            text.append("Section ").append(i).append(" of the works\n\n").append(paragraph);
        }
        return text.toString();
    }
}
