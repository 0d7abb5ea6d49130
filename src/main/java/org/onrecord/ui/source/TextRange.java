package org.onrecord.ui.source;

/** [start, end) in UTF-16 indices of an article body; lighter than a TextSpan (no copy of the words). */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
