package org.onrecord.ui.source;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRunStylesTest {
    private static final List<String> E = List.of("hl-entity");
    private static final List<String> F = List.of("hl-focus");

    @Test
    void gapsBetweenRunsAreUnstyledAndTheSpansCoverTheWholeStretch() {
        StyleSpans<Collection<String>> spans = RunStyles.of(List.of(new HighlightRun(2, 4, E), new HighlightRun(6, 7, F)), 0, 10);

        assertThat(spans.length()).isEqualTo(10);
        assertThat(perChar(spans)).containsExactly("", "", "hl-entity", "hl-entity", "", "", "hl-focus", "", "", "");
    }

    @Test
    void runsPastTheTextAreCut() {
        StyleSpans<Collection<String>> spans = RunStyles.of(List.of(new HighlightRun(2, 40, E), new HighlightRun(50, 60, F)), 0, 5);

        assertThat(perChar(spans)).containsExactly("", "", "hl-entity", "hl-entity", "hl-entity");
    }

    @Test
    void equalPlansNeedNoRestyling() {
        List<HighlightRun> runs = List.of(new HighlightRun(2, 4, E));

        assertThat(RunStyles.changed(runs, List.copyOf(runs))).isEmpty();
    }

    @Test
    void onlyTheStretchThatDiffersIsRestyled() {
        List<HighlightRun> before = List.of(new HighlightRun(0, 4, E), new HighlightRun(100, 104, E));
        List<HighlightRun> after = List.of(new HighlightRun(0, 4, E), new HighlightRun(50, 60, F), new HighlightRun(100, 104, E));

        assertThat(RunStyles.changed(before, after)).contains(new TextRange(50, 60));
    }

    /** Restyling only the changed stretch of the old styles must give exactly the new styles. */
    @Test
    void patchingTheChangedStretchEqualsStylingEverything() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int length = 60;
            List<HighlightRun> before = randomRuns(random, length);
            List<HighlightRun> after = random.nextBoolean() ? randomRuns(random, length) : tweak(before, random);

            String[] painted = perChar(RunStyles.of(before, 0, length)).toArray(String[]::new);
            Optional<TextRange> stretch = RunStyles.changed(before, after);
            stretch.ifPresent(s -> {
                List<String> patch = perChar(RunStyles.of(after, s.start(), s.end()));
                for (int i = 0; i < patch.size(); i++) {
                    painted[s.start() + i] = patch.get(i);
                }
            });

            assertThat(painted).containsExactlyElementsOf(perChar(RunStyles.of(after, 0, length)));
        }
    }

    private static List<HighlightRun> randomRuns(Random random, int length) {
        List<HighlightRun> runs = new ArrayList<>();
        int position = random.nextInt(5);
        while (position < length - 2) {
            int end = Math.min(length, position + 1 + random.nextInt(6));
            runs.add(new HighlightRun(position, end, random.nextBoolean() ? E : F));
            position = end + random.nextInt(4);
        }
        return runs;
    }

    private static List<HighlightRun> tweak(List<HighlightRun> runs, Random random) {
        List<HighlightRun> copy = new ArrayList<>(runs);
        if (!copy.isEmpty()) {
            int i = random.nextInt(copy.size());
            if (random.nextBoolean()) {
                copy.remove(i);
            } else {
                HighlightRun run = copy.get(i);
                copy.set(i, new HighlightRun(run.start(), run.end(), run.has("hl-focus") ? E : F));
            }
        }
        return copy;
    }

    private static List<String> perChar(StyleSpans<Collection<String>> spans) {
        List<String> chars = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                chars.add(String.join(" ", span.getStyle()));
            }
        }
        return chars;
    }
}
