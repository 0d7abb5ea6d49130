package org.onrecord.model;

import java.util.Objects;

/**
 * A stretch of an article body: UTF-16 offsets ({@code String} indices, end exclusive) plus the
 * exact words, so an annotation can be found again when the body is re-extracted.
 */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(text, "text");
    }

    public static TextSpan of(String body, int start, int end) {
        return new TextSpan(start, end, body.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
