package org.onrecord.ui.source;

import java.util.List;

/**
 * A stretch of the body [start, end) styled with one fixed set of CSS classes. A plan's runs are
 * sorted, non-empty and never overlap; the text between them carries no highlight.
 */
public record HighlightRun(int start, int end, List<String> styleClasses) {
    public HighlightRun {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad run " + start + ".." + end);
        }
        styleClasses = List.copyOf(styleClasses);
    }

    public int length() {
        return end - start;
    }

    public boolean has(String styleClass) {
        return styleClasses.contains(styleClass);
    }
}
