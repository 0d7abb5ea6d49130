package org.onrecord.ui.source;

import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.ui.state.FocusContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's annotations, search hits and focus into non-overlapping styled runs. Pure:
 * no toolkit, so the combination rules are unit-tested. Overlaps combine classes, so a name inside
 * a quote is both {@code hl-entity} and {@code hl-statement}.
 * <p>
 * A sweep line over sorted start/end boundaries keeps it O(n log n) in the number of spans, whatever
 * the nesting: each boundary moves one counter, and a run's classes come from the counters alone.
 */
public final class HighlightPlanner {
    public static final String ENTITY = "hl-entity";
    public static final String ENTITY_SUGGESTED = "hl-entity-suggested";
    public static final String STATEMENT = "hl-statement";
    public static final String STATEMENT_SUGGESTED = "hl-statement-suggested";
    public static final String SPEAKER = "hl-speaker";
    public static final String CUE = "hl-cue";
    public static final String DATE = "hl-date";
    public static final String DATE_SUGGESTED = "hl-date-suggested";
    public static final String SEARCH = "hl-search";
    public static final String FOCUS = "hl-focus";
    public static final String EMPHASIS = "hl-emphasis";
    /** On any run where every item of some layer is only a suggestion. */
    public static final String SUGGESTED = "hl-suggested";

    // Counter slots. Accepted and suggested items of a layer count apart, so a run looks tentative
    // only while no accepted item of that layer covers it.
    private static final int C_ENTITY = 0;
    private static final int C_ENTITY_SUGGESTED = 1;
    private static final int C_STATEMENT = 2;
    private static final int C_STATEMENT_SUGGESTED = 3;
    private static final int C_SPEAKER = 4;
    private static final int C_CUE = 5;
    private static final int C_DATE = 6;
    private static final int C_DATE_SUGGESTED = 7;
    private static final int C_SEARCH = 8;
    private static final int C_FOCUS = 9;
    private static final int C_EMPHASIS = 10;
    private static final int COUNTERS = 11;

    /** Class names in output order; bit i of a run's mask stands for CLASS_NAMES[i]. */
    private static final String[] CLASS_NAMES = {ENTITY, ENTITY_SUGGESTED, STATEMENT, STATEMENT_SUGGESTED, SPEAKER, CUE,
            DATE, DATE_SUGGESTED, SEARCH, FOCUS, EMPHASIS, SUGGESTED};

    public List<HighlightRun> plan(int bodyLength, ArticleAnnotations annotations, FocusContext context,
                                   List<TextRange> searchHits, Set<HighlightLayer> enabled) {
        Boundaries boundaries = new Boundaries(Math.max(bodyLength, 0));
        boolean focusOn = enabled.contains(HighlightLayer.FOCUS);
        if (enabled.contains(HighlightLayer.ENTITY)) {
            for (Mention m : annotations.mentions()) {
                if (m.state() != ReviewState.REJECTED) {
                    boundaries.add(m.span(), m.state() == ReviewState.SUGGESTED ? C_ENTITY_SUGGESTED : C_ENTITY);
                    if (focusOn && context.entities().contains(m.entityId())) {
                        boundaries.add(m.span(), C_EMPHASIS);
                    }
                }
            }
        }
        if (enabled.contains(HighlightLayer.STATEMENT)) {
            for (Statement s : annotations.statements()) {
                if (s.state() != ReviewState.REJECTED) {
                    boundaries.add(s.span(), s.state() == ReviewState.SUGGESTED ? C_STATEMENT_SUGGESTED : C_STATEMENT);
                    boundaries.add(s.speakerSpan(), C_SPEAKER);
                    boundaries.add(s.cueSpan(), C_CUE);
                    if (focusOn && context.statements().contains(s.id())) {
                        boundaries.add(s.span(), C_EMPHASIS);
                    }
                }
            }
        }
        if (enabled.contains(HighlightLayer.DATE)) {
            for (Event e : annotations.events()) {
                if (e.state() != ReviewState.REJECTED) {
                    boundaries.add(e.span(), e.state() == ReviewState.SUGGESTED ? C_DATE_SUGGESTED : C_DATE);
                    if (focusOn && context.events().contains(e.id())) {
                        boundaries.add(e.span(), C_EMPHASIS);
                    }
                }
            }
        }
        if (enabled.contains(HighlightLayer.SEARCH)) {
            for (TextRange hit : searchHits) {
                boundaries.add(hit.start(), hit.end(), C_SEARCH);
            }
        }
        if (focusOn) {
            for (TextSpan span : context.spans()) {
                boundaries.add(span, C_FOCUS);
            }
        }
        return boundaries.sweep();
    }

    /** Start and end boundaries packed into longs (position, counter, open/close) so one primitive sort orders them. */
    private static final class Boundaries {
        private final int bodyLength;
        private long[] packed = new long[64];
        private int size;

        Boundaries(int bodyLength) {
            this.bodyLength = bodyLength;
        }

        void add(TextSpan span, int counter) {
            if (span != null) {
                add(span.start(), span.end(), counter);
            }
        }

        /** Clamped to the body, so annotations left over from an older extraction never throw. */
        void add(int start, int end, int counter) {
            int from = Math.clamp(start, 0, bodyLength);
            int to = Math.clamp(end, from, bodyLength);
            if (from == to) {
                return;
            }
            if (size + 2 > packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            packed[size++] = pack(from, counter, true);
            packed[size++] = pack(to, counter, false);
        }

        private static long pack(int position, int counter, boolean opens) {
            return ((long) position << 5) | ((long) counter << 1) | (opens ? 1 : 0);
        }

        List<HighlightRun> sweep() {
            Arrays.sort(packed, 0, size);
            List<HighlightRun> runs = new ArrayList<>();
            Map<Integer, List<String>> classesByMask = new HashMap<>();
            int[] counters = new int[COUNTERS];
            int runStart = -1;
            int runMask = 0;
            int i = 0;
            while (i < size) {
                int position = (int) (packed[i] >>> 5);
                // Apply every boundary at this position before looking at what is active.
                while (i < size && (int) (packed[i] >>> 5) == position) {
                    int counter = (int) ((packed[i] >>> 1) & 0xF);
                    counters[counter] += (packed[i] & 1) == 1 ? 1 : -1;
                    i++;
                }
                int mask = maskOf(counters);
                if (mask != runMask) {
                    if (runMask != 0) {
                        runs.add(new HighlightRun(runStart, position,
                                classesByMask.computeIfAbsent(runMask, HighlightPlanner::classNames)));
                    }
                    runStart = position;
                    runMask = mask;
                }
            }
            return runs;
        }
    }

    private static int maskOf(int[] c) {
        int mask = 0;
        mask |= layerBits(c[C_ENTITY], c[C_ENTITY_SUGGESTED], 0);
        mask |= layerBits(c[C_STATEMENT], c[C_STATEMENT_SUGGESTED], 2);
        mask |= c[C_SPEAKER] > 0 ? 1 << 4 : 0;
        mask |= c[C_CUE] > 0 ? 1 << 5 : 0;
        mask |= layerBits(c[C_DATE], c[C_DATE_SUGGESTED], 6);
        mask |= c[C_SEARCH] > 0 ? 1 << 8 : 0;
        mask |= c[C_FOCUS] > 0 ? 1 << 9 : 0;
        mask |= c[C_EMPHASIS] > 0 ? 1 << 10 : 0;
        boolean anySuggested = (mask & (1 << 1 | 1 << 3 | 1 << 7)) != 0;
        return anySuggested ? mask | 1 << 11 : mask;
    }

    /** The layer's class at {@code bit}, and its "-suggested" class at bit + 1 when only suggestions cover the run. */
    private static int layerBits(int accepted, int suggested, int bit) {
        if (accepted > 0) {
            return 1 << bit;
        }
        return suggested > 0 ? (1 << bit) | (1 << (bit + 1)) : 0;
    }

    private static List<String> classNames(int mask) {
        List<String> names = new ArrayList<>(Integer.bitCount(mask));
        for (int bit = 0; bit < CLASS_NAMES.length; bit++) {
            if ((mask & (1 << bit)) != 0) {
                names.add(CLASS_NAMES[bit]);
            }
        }
        return List.copyOf(names);
    }
}
