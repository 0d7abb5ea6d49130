package org.onrecord.ingest.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.onrecord.ingest.ReadInterrupted;

/**
 * The lines of one text, as every pass of the extractor reads them. Each read is counted — the
 * count is the extractor's work, which must grow with the number of lines and not with its square
 * — and every few thousand reads the read checks whether it should stop (time limit or cancel).
 */
final class TextLines extends AbstractList<TextLine> implements RandomAccess {
    private static final int CHECK_EVERY = 1 << 12;

    private final List<TextLine> lines;
    private long reads;

    TextLines(List<TextLine> lines) {
        this.lines = List.copyOf(lines);
    }

    static TextLines of(String text) {
        return new TextLines(TextLine.split(text));
    }

    @Override
    public TextLine get(int index) {
        if ((++reads & (CHECK_EVERY - 1)) == 0) {
            ReadInterrupted.check();
        }
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    /** How many times a line has been read so far. */
    long reads() {
        return reads;
    }
}
