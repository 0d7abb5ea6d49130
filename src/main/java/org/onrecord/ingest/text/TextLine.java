package org.onrecord.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the source text with its UTF-16 offsets (end excludes the line break), so whatever
 * is kept can be cut out of the original verbatim.
 */
record TextLine(int index, int start, int end, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    String trimmed() {
        return text.strip();
    }

    int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Lines of {@code text}, split at \n, \r\n and \r; the last line may be empty. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new TextLine(lines.size(), start, i, text.substring(start, i)));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(new TextLine(lines.size(), start, text.length(), text.substring(start)));
        return lines;
    }
}
