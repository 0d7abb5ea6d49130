package org.onrecord.ui.source;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;

/** Builds the area's style spans from the planner's runs in one pass, gaps left unstyled. */
final class RunStyles {
    private RunStyles() {
    }

    /**
     * Spans covering exactly {@code length} chars; runs reaching past it are cut, so a plan and a
     * body briefly out of step never throw. Null when there is no text to style.
     */
    static StyleSpans<Collection<String>> of(List<HighlightRun> runs, int length) {
        if (length <= 0) {
            return null;
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(runs.size() * 2 + 1);
        int position = 0;
        for (HighlightRun run : runs) {
            if (run.start() >= length) {
                break;
            }
            int start = Math.max(run.start(), position);
            int end = Math.min(run.end(), length);
            if (end <= start) {
                continue;
            }
            if (start > position) {
                builder.add(List.of(), start - position);
            }
            builder.add(run.styleClasses(), end - start);
            position = end;
        }
        if (position < length) {
            builder.add(List.of(), length - position);
        }
        return builder.create();
    }
}
