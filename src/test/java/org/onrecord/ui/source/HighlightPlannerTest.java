package org.onrecord.ui.source;

import org.junit.jupiter.api.Test;
import org.onrecord.model.AnchorState;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.ui.state.FocusContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.source.HighlightPlanner.DATE;
import static org.onrecord.ui.source.HighlightPlanner.EMPHASIS;
import static org.onrecord.ui.source.HighlightPlanner.ENTITY;
import static org.onrecord.ui.source.HighlightPlanner.ENTITY_SUGGESTED;
import static org.onrecord.ui.source.HighlightPlanner.FOCUS;
import static org.onrecord.ui.source.HighlightPlanner.SEARCH;
import static org.onrecord.ui.source.HighlightPlanner.SPEAKER;
import static org.onrecord.ui.source.HighlightPlanner.STATEMENT;
import static org.onrecord.ui.source.HighlightPlanner.STATEMENT_SUGGESTED;
import static org.onrecord.ui.source.HighlightPlanner.SUGGESTED;
import static org.onrecord.ui.source.HighlightPlanner.CUE;

class HighlightPlannerTest {
    private static final Set<HighlightLayer> ALL = EnumSet.allOf(HighlightLayer.class);
    private final HighlightPlanner planner = new HighlightPlanner();

    @Test
    void mentionNestedInStatementCarriesBothClasses() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 10, 20, ReviewState.ACCEPTED)),
                List.of(statement(1, 5, 30, ReviewState.ACCEPTED)), List.of());

        assertThat(runs).containsExactly(
                new HighlightRun(5, 10, List.of(STATEMENT)),
                new HighlightRun(10, 20, List.of(ENTITY, STATEMENT)),
                new HighlightRun(20, 30, List.of(STATEMENT)));
    }

    @Test
    void partialOverlapSplitsIntoThreeRuns() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 0, 10, ReviewState.ACCEPTED)), List.of(),
                List.of(event(1, 5, 15, ReviewState.ACCEPTED)));

        assertThat(runs).containsExactly(
                new HighlightRun(0, 5, List.of(ENTITY)),
                new HighlightRun(5, 10, List.of(ENTITY, DATE)),
                new HighlightRun(10, 15, List.of(DATE)));
    }

    @Test
    void adjacentSpansOfDifferentLayersTouchWithoutOverlapping() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 0, 5, ReviewState.ACCEPTED)), List.of(),
                List.of(event(1, 5, 9, ReviewState.ACCEPTED)));

        assertThat(runs).containsExactly(new HighlightRun(0, 5, List.of(ENTITY)), new HighlightRun(5, 9, List.of(DATE)));
    }

    @Test
    void adjacentSpansOfTheSameLayerMergeIntoOneRun() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 0, 5, ReviewState.ACCEPTED), mention(2, 5, 9, ReviewState.ACCEPTED)),
                List.of(), List.of());

        assertThat(runs).containsExactly(new HighlightRun(0, 9, List.of(ENTITY)));
    }

    @Test
    void emptySpansAreIgnored() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 5, 5, ReviewState.ACCEPTED)), List.of(), List.of());

        assertThat(runs).isEmpty();
    }

    @Test
    void spansPastTheEndOfTheBodyAreClampedOrDropped() {
        List<HighlightRun> runs = plan(10, List.of(mention(1, 8, 20, ReviewState.ACCEPTED), mention(2, 12, 15, ReviewState.ACCEPTED)),
                List.of(statement(1, 10, 40, ReviewState.ACCEPTED)), List.of());

        assertThat(runs).containsExactly(new HighlightRun(8, 10, List.of(ENTITY)));
    }

    @Test
    void anEmptyBodyHasNoRuns() {
        assertThat(plan(0, List.of(mention(1, 0, 5, ReviewState.ACCEPTED)), List.of(), List.of())).isEmpty();
    }

    @Test
    void rejectedItemsAreNotHighlighted() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 0, 5, ReviewState.REJECTED)),
                List.of(statement(1, 10, 20, ReviewState.REJECTED)), List.of(event(1, 30, 35, ReviewState.REJECTED)));

        assertThat(runs).isEmpty();
    }

    @Test
    void aSuggestionLooksTentative() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 0, 5, ReviewState.SUGGESTED)),
                List.of(statement(1, 10, 20, ReviewState.SUGGESTED)), List.of());

        assertThat(runs).containsExactly(
                new HighlightRun(0, 5, List.of(ENTITY, ENTITY_SUGGESTED, SUGGESTED)),
                new HighlightRun(10, 20, List.of(STATEMENT, STATEMENT_SUGGESTED, SUGGESTED)));
    }

    @Test
    void anAcceptedItemOutweighsASuggestionOfTheSameLayerWhereTheyOverlap() {
        List<HighlightRun> runs = plan(100, List.of(mention(1, 0, 10, ReviewState.SUGGESTED), mention(2, 5, 10, ReviewState.ACCEPTED)),
                List.of(), List.of());

        assertThat(runs).containsExactly(
                new HighlightRun(0, 5, List.of(ENTITY, ENTITY_SUGGESTED, SUGGESTED)),
                new HighlightRun(5, 10, List.of(ENTITY)));
    }

    @Test
    void focusSpansAndEmphasisedItemsAreMarked() {
        FocusContext context = context(List.of(new TextSpan(40, 45, "")), Set.of(7L), Set.of(), Set.of());
        List<HighlightRun> runs = planner.plan(100, new ArticleAnnotations(
                List.of(mention(7, 0, 5, ReviewState.ACCEPTED), mention(8, 10, 15, ReviewState.ACCEPTED)), List.of(), List.of()),
                context, List.of(), ALL);

        assertThat(runs).containsExactly(
                new HighlightRun(0, 5, List.of(ENTITY, EMPHASIS)),
                new HighlightRun(10, 15, List.of(ENTITY)),
                new HighlightRun(40, 45, List.of(FOCUS)));
    }

    @Test
    void switchingTheFocusLayerOffDropsFocusAndEmphasis() {
        FocusContext context = context(List.of(new TextSpan(0, 5, "")), Set.of(7L), Set.of(), Set.of());
        List<HighlightRun> runs = planner.plan(100, new ArticleAnnotations(List.of(mention(7, 0, 5, ReviewState.ACCEPTED)),
                List.of(), List.of()), context, List.of(), EnumSet.complementOf(EnumSet.of(HighlightLayer.FOCUS)));

        assertThat(runs).containsExactly(new HighlightRun(0, 5, List.of(ENTITY)));
    }

    @Test
    void switchingTheEntityLayerOffDropsEntityClassesOnly() {
        List<HighlightRun> runs = planner.plan(100, new ArticleAnnotations(List.of(mention(1, 10, 20, ReviewState.ACCEPTED)),
                        List.of(statement(1, 5, 30, ReviewState.ACCEPTED)), List.of()), FocusContext.NONE, List.of(),
                EnumSet.complementOf(EnumSet.of(HighlightLayer.ENTITY)));

        assertThat(runs).containsExactly(new HighlightRun(5, 30, List.of(STATEMENT)));
    }

    @Test
    void speakerAndCueAreMarkedWithTheStatementLayer() {
        Statement said = new Statement(1, 1, new TextSpan(0, 10, "q"), "X", null, new TextSpan(20, 25, "X"),
                new TextSpan(15, 19, "said"), null, "claim", true, null, Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
        List<HighlightRun> runs = plan(100, List.of(), List.of(said), List.of());

        assertThat(runs).containsExactly(new HighlightRun(0, 10, List.of(STATEMENT)), new HighlightRun(15, 19, List.of(CUE)),
                new HighlightRun(20, 25, List.of(SPEAKER)));
    }

    @Test
    void searchHitsAreMarked() {
        List<HighlightRun> runs = planner.plan(100, ArticleAnnotations.NONE, FocusContext.NONE,
                List.of(new TextRange(3, 8), new TextRange(50, 200)), ALL);

        assertThat(runs).containsExactly(new HighlightRun(3, 8, List.of(SEARCH)), new HighlightRun(50, 100, List.of(SEARCH)));
    }

    /** Against a simple per-character reference: every character's classes must match the run covering it. */
    @Test
    void aLargeRandomArticleMatchesAPerCharacterReference() {
        int length = 300_000;
        Random random = new Random(42);
        List<Mention> mentions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<TextRange> hits = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int start = random.nextInt(length + 50);
            int end = start + random.nextInt(i % 10 == 0 ? 2_000 : 40);
            ReviewState state = ReviewState.values()[random.nextInt(3)];
            switch (i % 4) {
                case 0 -> mentions.add(mention(i, start, end, state));
                case 1 -> statements.add(statement(i, start, end, state));
                case 2 -> events.add(event(i, start, end, state));
                default -> hits.add(new TextRange(start, end));
            }
        }
        ArticleAnnotations annotations = new ArticleAnnotations(mentions, statements, events);

        List<HighlightRun> runs = planner.plan(length, annotations, FocusContext.NONE, hits, ALL);

        String[] expected = ReferencePlanner.classesPerChar(length, annotations, hits);
        int previousEnd = 0;
        for (HighlightRun run : runs) {
            assertThat(run.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(run.end()).isLessThanOrEqualTo(length);
            for (int i = previousEnd; i < run.start(); i++) {
                assertThat(expected[i]).as("unstyled char %d", i).isEmpty();
            }
            String classes = String.join(" ", run.styleClasses());
            for (int i = run.start(); i < run.end(); i++) {
                assertThat(expected[i]).as("char %d", i).isEqualTo(classes);
            }
            previousEnd = run.end();
        }
        for (int i = previousEnd; i < length; i++) {
            assertThat(expected[i]).isEmpty();
        }
        assertThat(runs).hasSizeGreaterThan(1_000);
    }

    private List<HighlightRun> plan(int length, List<Mention> mentions, List<Statement> statements, List<Event> events) {
        return planner.plan(length, new ArticleAnnotations(mentions, statements, events), FocusContext.NONE, List.of(), ALL);
    }

    static Mention mention(long entity, int start, int end, ReviewState state) {
        return new Mention(entity * 10, entity, 1, new TextSpan(start, end, ""), Origin.RESEARCHER, state, AnchorState.ANCHORED);
    }

    static Statement statement(long id, int start, int end, ReviewState state) {
        return new Statement(id, 1, new TextSpan(start, end, ""), null, null, null, null, null, "claim", true, null,
                Origin.RESEARCHER, state, AnchorState.ANCHORED);
    }

    static Event event(long id, int start, int end, ReviewState state) {
        return new Event(id, 1, new TextSpan(start, end, ""), DateValue.day(LocalDate.of(2025, 1, 1)), "", false,
                Origin.RESEARCHER, state, AnchorState.ANCHORED);
    }

    static FocusContext context(List<TextSpan> spans, Set<Long> entities, Set<Long> statements, Set<Long> events) {
        return new FocusContext(1L, spans, null, entities, null, statements, null, events, null, null);
    }
}
