package org.onrecord.ui.source;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusContext;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long a 300,000-character article with 5,000 highlights takes to plan, load and style,
 * and to restyle after a layer toggle. Reports numbers only: timings on shared cores are no
 * pass/fail criterion.
 */
@ExtendWith(ApplicationExtension.class)
class SourcePerformanceReport {
    private static final long ARTICLE = 1;
    private static final int LENGTH = 300_000;
    private static final int HIGHLIGHTS = 5_000;

    private final String body = syntheticBody(new Random(7));
    private final ArticleAnnotations annotations = syntheticAnnotations(new Random(11));
    private WorkbenchState state;
    private SourceViewModel viewModel;
    private SourceView view;

    @Start
    void start(Stage stage) {
        state = new WorkbenchState();
        state.reset(CaseSnapshot.of(List.of(new ArticleSummary(ARTICLE, "big.txt", "Big", null, null, 0, 0, 0)), List.of(),
                annotations.mentions(), annotations.statements(), annotations.events(), List.of()));
        Article article = new Article(ARTICLE, "big.txt", "h", "text/plain", ArticleMetadata.EMPTY, Set.of(), body, 0, LENGTH,
                Instant.EPOCH);
        viewModel = new SourceViewModel(state, new ImmediateTaskRunner(), id -> Optional.of(article));
        view = new SourceView(viewModel);
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    @Test
    void printsPlanningLoadingAndRestylingTimes(FxRobot robot) {
        HighlightPlanner planner = new HighlightPlanner();
        List<TextRange> hits = new SearchHighlighter().find(body, "valen okonjo");
        for (int i = 0; i < 20; i++) {
            planner.plan(LENGTH, annotations, FocusContext.NONE, hits, EnumSet.allOf(HighlightLayer.class));
        }
        long planNanos = Long.MAX_VALUE;
        int runs = 0;
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            runs = planner.plan(LENGTH, annotations, FocusContext.NONE, hits, EnumSet.allOf(HighlightLayer.class)).size();
            planNanos = Math.min(planNanos, System.nanoTime() - t0);
        }
        long t0 = System.nanoTime();
        List<TextRange> searchHits = new SearchHighlighter().find(body, "valen okonjo");
        long searchNanos = System.nanoTime() - t0;

        String[] load = new String[1];
        String[] off = new String[1];
        String[] on = new String[1];
        String[] focus = new String[1];
        // First round cold, later rounds with the JIT warm: both are worth knowing.
        for (int round = 0; round < 4; round++) {
            robot.interact(() -> state.selectArticle(null, PaneId.ARTICLES));
            load[0] = keep(load[0], timed(robot, () -> state.selectArticle(ARTICLE, PaneId.ARTICLES)));
            off[0] = keep(off[0], timed(robot, () -> viewModel.layerEnabledProperty(HighlightLayer.ENTITY).set(false)));
            on[0] = keep(on[0], timed(robot, () -> viewModel.layerEnabledProperty(HighlightLayer.ENTITY).set(true)));
            Statement late = annotations.statements().get(annotations.statements().size() - 1 - round);
            focus[0] = keep(focus[0], timed(robot, () -> state.focus(new Focus.OnStatement(late.id()), PaneId.STATEMENTS)));
        }

        System.out.printf("""
                        Source pane, %,d chars, %,d highlights (%,d runs), %,d search hits; ms as change / change+CSS+layout, per round:
                          plan (best of 10, warm)               %.1f
                          search-word scan (cold)               %.1f
                          load + style (select article)         %s
                          toggle entities off (replan+restyle)  %s
                          toggle entities on                    %s
                          focus a statement near the end        %s
                        """, LENGTH, HIGHLIGHTS, runs, searchHits.size(), planNanos / 1e6, searchNanos / 1e6,
                load[0], off[0], on[0], focus[0]);
        assertThat(view.textArea().getLength()).isEqualTo(LENGTH);
    }

    private static String keep(String sofar, long[] nanos) {
        String round = String.format("%.0f/%.0f", nanos[0] / 1e6, nanos[1] / 1e6);
        return sofar == null ? round : sofar + "  " + round;
    }

    /** Time of the change itself, and of the change plus the CSS and layout pass that paints it. */
    private long[] timed(FxRobot robot, Runnable change) {
        long[] nanos = new long[2];
        robot.interact(() -> {
            long start = System.nanoTime();
            change.run();
            nanos[0] = System.nanoTime() - start;
            view.applyCss();
            view.layout();
            nanos[1] = System.nanoTime() - start;
        });
        return nanos;
    }

    /** Invented words in paragraphs of about 600 characters. */
    private static String syntheticBody(Random random) {
        String[] words = {"harbour", "council", "Valen", "quay", "vote", "plan", "said", "Okonjo", "Reyle", "winter",
                "fishermen", "budget", "tide", "permit", "session", "the", "a", "of", "and", "would", "not", "March"};
        StringBuilder text = new StringBuilder(LENGTH + 100);
        int paragraph = 0;
        while (text.length() < LENGTH) {
            String word = words[random.nextInt(words.length)];
            text.append(word);
            paragraph += word.length() + 1;
            if (paragraph > 600) {
                text.append(".\n");
                paragraph = 0;
            } else {
                text.append(' ');
            }
        }
        return text.substring(0, LENGTH);
    }

    /** Mentions of a few words, sentence-long statements with speaker and cue, short dates; some suggested, some nested. */
    private static ArticleAnnotations syntheticAnnotations(Random random) {
        List<Mention> mentions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < HIGHLIGHTS; i++) {
            int start = random.nextInt(LENGTH - 400);
            ReviewState state = random.nextInt(5) == 0 ? ReviewState.SUGGESTED : ReviewState.ACCEPTED;
            switch (i % 5) {
                case 0, 1, 2 -> mentions.add(new Mention(i, i % 40, ARTICLE, span(start, 5 + random.nextInt(15)), Origin.RESEARCHER,
                        state, AnchorState.ANCHORED));
                case 3 -> statements.add(new Statement(i, ARTICLE, span(start, 60 + random.nextInt(200)), "x", null,
                        span(start + 270, 12), span(start + 285, 4), null, "claim", true, null, Origin.RESEARCHER, state,
                        AnchorState.ANCHORED));
                default -> events.add(new Event(i, ARTICLE, span(start, 8 + random.nextInt(10)), DateValue.day(LocalDate.of(2025, 1, 1)),
                        "", false, Origin.RESEARCHER, state, AnchorState.ANCHORED));
            }
        }
        return new ArticleAnnotations(mentions, statements, events);
    }

    private static TextSpan span(int start, int length) {
        return new TextSpan(start, start + length, "");
    }
}
