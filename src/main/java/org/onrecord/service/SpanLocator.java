package org.onrecord.service;

import org.onrecord.model.TextSpan;

/** Finds exact words in a body: the n-th occurrence (1-based), or a clear error when absent or ambiguous. */
public final class SpanLocator {
    private SpanLocator() {
    }

    public static TextSpan find(String body, String words, Integer occurrence) {
        if (words == null || words.isEmpty()) {
            throw new IllegalArgumentException("no text given to look for");
        }
        int count = 0;
        int first = -1;
        for (int at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
            count++;
            if (first < 0) {
                first = at;
            }
            if (occurrence != null && count == occurrence) {
                return new TextSpan(at, at + words.length(), words);
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("the text \"" + abbreviate(words) + "\" is not in the article");
        }
        if (occurrence != null) {
            throw new IllegalArgumentException("the text \"" + abbreviate(words) + "\" occurs " + count
                    + " time(s), not " + occurrence);
        }
        if (count > 1) {
            throw new IllegalArgumentException("the text \"" + abbreviate(words) + "\" occurs " + count
                    + " times; say which with --occurrence N");
        }
        return new TextSpan(first, first + words.length(), words);
    }

    public static TextSpan at(String body, int start, int end) {
        if (start < 0 || end > body.length() || start >= end) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is outside the article body (0.." + body.length() + ")");
        }
        return TextSpan.of(body, start, end);
    }

    private static String abbreviate(String words) {
        return words.length() <= 60 ? words : words.substring(0, 57) + "…";
    }
}
