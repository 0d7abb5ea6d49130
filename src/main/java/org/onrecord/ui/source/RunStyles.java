package org.onrecord.ui.source;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns the planner's runs into the area's style spans in one pass, gaps left unstyled, and finds
 * the stretch where two plans differ so a focus change far from the viewport repaints nothing.
 */
final class RunStyles {
    private RunStyles() {
    }

    /**
     * Spans covering exactly [from, to); runs reaching past it are cut, so a plan and a body briefly
     * out of step never throw. Null when the stretch is empty.
     */
    static StyleSpans<Collection<String>> of(List<HighlightRun> runs, int from, int to) {
        if (to <= from) {
            return null;
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int position = from;
        for (int i = firstEndingAfter(runs, from); i < runs.size() && runs.get(i).start() < to; i++) {
            HighlightRun run = runs.get(i);
            int start = Math.max(run.start(), position);
            int end = Math.min(run.end(), to);
            if (start > position) {
                builder.add(List.of(), start - position);
            }
            builder.add(run.styleClasses(), end - start);
            position = end;
        }
        if (position < to) {
            builder.add(List.of(), to - position);
        }
        return builder.create();
    }

    /** The smallest [start, end) outside which both plans style every character the same; empty when equal. */
    static Optional<TextRange> changed(List<HighlightRun> before, List<HighlightRun> after) {
        int lead = 0;
        int shorter = Math.min(before.size(), after.size());
        while (lead < shorter && before.get(lead).equals(after.get(lead))) {
            lead++;
        }
        if (lead == before.size() && lead == after.size()) {
            return Optional.empty();
        }
        int trail = 0;
        while (trail < shorter - lead
                && before.get(before.size() - 1 - trail).equals(after.get(after.size() - 1 - trail))) {
            trail++;
        }
        int start = Math.min(startOr(before, lead, Integer.MAX_VALUE), startOr(after, lead, Integer.MAX_VALUE));
        int end = Math.max(endOr(before, before.size() - 1 - trail), endOr(after, after.size() - 1 - trail));
        return Optional.of(new TextRange(start, Math.max(start, end)));
    }

    private static int startOr(List<HighlightRun> runs, int index, int fallback) {
        return index < runs.size() ? runs.get(index).start() : fallback;
    }

    private static int endOr(List<HighlightRun> runs, int index) {
        return index >= 0 ? runs.get(index).end() : 0;
    }

    /** Binary search: runs are sorted and disjoint, so their ends are sorted too. */
    private static int firstEndingAfter(List<HighlightRun> runs, int offset) {
        int low = 0;
        int high = runs.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (runs.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
