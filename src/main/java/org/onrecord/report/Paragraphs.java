package org.onrecord.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs of an article body, as a citation counts them: blocks separated by blank lines when the
 * body has any, else by single line breaks. Numbers start at 1.
 */
public final class Paragraphs {
    /** A paragraph's [start, end) in the body, without its surrounding line breaks. */
    public record Range(int number, int start, int end) {
    }

    private final List<Range> ranges;
    private final int[] starts;

    private Paragraphs(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
        this.starts = ranges.stream().mapToInt(Range::start).toArray();
    }

    public static Paragraphs of(String body) {
        boolean blankLines = body.lines().anyMatch(String::isBlank) && body.strip().contains("\n");
        List<Range> ranges = new ArrayList<>();
        int n = body.length();
        int i = 0;
        while (i < n) {
            // skip separators
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = blankLines ? nextBlankLine(body, i) : lineEnd(body, i);
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(body.charAt(trimmed - 1))) {
                trimmed--;
            }
            ranges.add(new Range(ranges.size() + 1, start, trimmed));
            i = end;
        }
        return new Paragraphs(ranges);
    }

    private static int lineEnd(String body, int from) {
        int nl = body.indexOf('\n', from);
        return nl < 0 ? body.length() : nl;
    }

    /** The offset where the blank line after {@code from} begins (or the body's end). */
    private static int nextBlankLine(String body, int from) {
        int i = from;
        while (true) {
            int nl = body.indexOf('\n', i);
            if (nl < 0) {
                return body.length();
            }
            int next = body.indexOf('\n', nl + 1);
            String line = body.substring(nl + 1, next < 0 ? body.length() : next);
            if (line.isBlank()) {
                return nl;
            }
            i = nl + 1;
        }
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** The number of the paragraph holding {@code offset} (a separator counts with the paragraph before it). */
    public int numberAt(int offset) {
        if (starts.length == 0) {
            return 1;
        }
        int at = Arrays.binarySearch(starts, offset);
        int index = at >= 0 ? at : Math.max(0, -at - 2);
        return index + 1;
    }
}
