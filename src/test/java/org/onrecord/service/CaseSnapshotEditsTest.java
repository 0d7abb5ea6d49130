package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.EventLinks;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Applying an edit's rows to a snapshot: the same as reading the case again, at the cost of the rows changed. */
class CaseSnapshotEditsTest {

    @Test
    void oneStatementEditOnFiftyThousandCopiesAFewNodesAndLeavesTheOldSnapshotAlone() {
        LargeSnapshot large = new LargeSnapshot(10_000);
        CaseSnapshot before = large.snapshot();
        Statement old = before.statement(5 * 777 + 2).orElseThrow();
        Statement changed = LargeSnapshot.statement(old.id(), old.articleId(), old.span().start(), 42L,
                LargeSnapshot.FIRST_DAY.plusDays(5));
        ArticleSummary summary = before.article(777).orElseThrow();
        ArticleSummary recounted = new ArticleSummary(777, summary.fileName(), summary.title(), summary.outlet(),
                summary.published(), 2, 5, 1);

        CaseSnapshot after = before.with(delta(Map.of(old.id(), changed), Set.of(), Map.of(), Set.of(), Map.of(), Set.of(),
                Map.of(), Map.of(777L, recounted)));

        // statements: the list, the id index, by speaker and by day said (out of the old place, into the new), one article
        int copied = after.nodesNotIn(before);
        assertThat(copied).as("tree nodes copied for one statement among %d", before.statements().size())
                .isPositive().isLessThan(250);
        assertThat(after.statement(old.id())).contains(changed);
        assertThat(after.statementsBy(42)).contains(changed);
        assertThat(after.statementsBy(old.speakerEntityId())).doesNotContain(old);
        assertThat(after.article(777)).contains(recounted);
        assertThat(before.statement(old.id())).contains(old);
        assertThat(before.statementsBy(42)).doesNotContain(changed);
        assertThat(before.article(777)).contains(summary);
    }

    @Test
    void aSeriesOfMixedEditsGivesTheSnapshotAFreshReadWouldGive() {
        LargeSnapshot rows = new LargeSnapshot(300);
        CaseSnapshot shown = rows.snapshot();
        Map<Long, Statement> statements = byId(rows.statements, Statement::id);
        Map<Long, Mention> mentions = byId(rows.mentions, Mention::id);
        Map<Long, Event> events = byId(rows.events, Event::id);
        Map<Long, EventLinks> links = new HashMap<>(rows.links);
        Map<Long, ArticleSummary> articles = byId(rows.articles, ArticleSummary::id);
        Random random = new Random(11);
        long nextId = 1_000_000;
        for (int step = 0; step < 300; step++) {
            Map<Long, Statement> putS = new LinkedHashMap<>();
            Set<Long> goneS = new HashSet<>();
            Map<Long, Mention> putM = new LinkedHashMap<>();
            Set<Long> goneM = new HashSet<>();
            Map<Long, Event> putE = new LinkedHashMap<>();
            Set<Long> goneE = new HashSet<>();
            Map<Long, EventLinks> putL = new LinkedHashMap<>();
            Map<Long, ArticleSummary> putA = new LinkedHashMap<>();
            long article = 1 + random.nextInt(300);
            switch (random.nextInt(7)) {
                case 0 -> {
                    Statement s = LargeSnapshot.statement(nextId++, article, random.nextInt(500),
                            random.nextBoolean() ? null : (long) (1 + random.nextInt(60)),
                            random.nextBoolean() ? null : LargeSnapshot.FIRST_DAY.plusDays(random.nextInt(900)));
                    putS.put(s.id(), s);
                }
                case 1 -> pick(statements, random).ifPresent(s -> putS.put(s.id(), LargeSnapshot.statement(s.id(), s.articleId(),
                        random.nextInt(500), (long) (1 + random.nextInt(60)), LargeSnapshot.FIRST_DAY.plusDays(random.nextInt(900)))));
                case 2 -> pick(statements, random).ifPresent(s -> goneS.add(s.id()));
                case 3 -> {
                    Mention m = new Mention(nextId++, 1 + random.nextInt(60), article, new TextSpan(random.nextInt(400), 450, "x"),
                            Origin.SUGGESTED, ReviewState.SUGGESTED, AnchorState.ANCHORED);
                    putM.put(m.id(), m);
                    pick(mentions, random).ifPresent(old -> goneM.add(old.id()));
                    goneM.remove(m.id());
                }
                case 4 -> {
                    Event e = new Event(nextId++, article, new TextSpan(random.nextInt(400), 450, "then"),
                            DateValue.day(LargeSnapshot.FIRST_DAY.plusDays(random.nextInt(900))), "new", false, Origin.RESEARCHER,
                            ReviewState.ACCEPTED, AnchorState.ANCHORED);
                    putE.put(e.id(), e);
                    putL.put(e.id(), new EventLinks(e.id(), Set.of(1 + random.nextLong(60)), Set.of()));
                }
                case 5 -> pick(events, random).ifPresent(e -> goneE.add(e.id()));
                default -> pick(events, random).ifPresent(e -> putL.put(e.id(), random.nextBoolean() ? EventLinks.none(e.id())
                        : new EventLinks(e.id(), Set.of(1 + random.nextLong(60)), Set.of(5 * e.articleId() + 1))));
            }
            ArticleSummary a = articles.get(article);
            putA.put(article, new ArticleSummary(article, a.fileName(), a.title(), a.outlet(), a.published(), step, step, step));

            shown = shown.with(delta(putS, goneS, putM, goneM, putE, goneE, putL, putA));
            statements.putAll(putS);
            goneS.forEach(statements::remove);
            mentions.putAll(putM);
            goneM.forEach(mentions::remove);
            events.putAll(putE);
            goneE.forEach(events::remove);
            putL.forEach((id, l) -> {
                if (l.isEmpty()) {
                    links.remove(id);
                } else {
                    links.put(id, l);
                }
            });
            goneE.forEach(links::remove);
            articles.putAll(putA);
        }
        CaseSnapshot fresh = CaseSnapshot.of(List.copyOf(articles.values()), rows.entities, List.copyOf(mentions.values()),
                List.copyOf(statements.values()), List.copyOf(events.values()), StatementKind.BUILT_IN, links);
        assertThat(shown.articles()).isEqualTo(fresh.articles());
        assertThat(shown.statements()).isEqualTo(fresh.statements());
        assertThat(shown.mentions()).isEqualTo(fresh.mentions());
        assertThat(shown.events()).isEqualTo(fresh.events());
        assertThat(shown.statementById()).isEqualTo(fresh.statementById());
        assertThat(shown.eventLinks()).isEqualTo(fresh.eventLinks());
        assertThat(shown.mentionsByEntity()).isEqualTo(fresh.mentionsByEntity());
        for (long entity = 1; entity <= 60; entity++) {
            assertThat(shown.statementsBy(entity)).as("statements by %d", entity).isEqualTo(fresh.statementsBy(entity));
            assertThat(shown.mentionsOf(entity)).isEqualTo(fresh.mentionsOf(entity));
            assertThat(shown.eventsLinkedToEntity(entity)).isEqualTo(fresh.eventsLinkedToEntity(entity));
        }
        for (long article = 1; article <= 300; article++) {
            assertThat(shown.statementsIn(article)).isEqualTo(fresh.statementsIn(article));
            assertThat(shown.eventsIn(article)).isEqualTo(fresh.eventsIn(article));
            assertThat(shown.mentionsIn(article)).isEqualTo(fresh.mentionsIn(article));
            assertThat(shown.eventsLinkedToStatement(5 * article + 1)).isEqualTo(fresh.eventsLinkedToStatement(5 * article + 1));
        }
        assertThat(shown.statementsSaidBetween(LargeSnapshot.FIRST_DAY.plusDays(100), LargeSnapshot.FIRST_DAY.plusDays(200)))
                .isEqualTo(fresh.statementsSaidBetween(LargeSnapshot.FIRST_DAY.plusDays(100), LargeSnapshot.FIRST_DAY.plusDays(200)))
                .isNotEmpty();
    }

    @Test
    void assumedMarksFoundAfterOpeningSkipAStatementEditedMeanwhile() {
        LargeSnapshot rows = new LargeSnapshot(20);
        CaseSnapshot opened = rows.snapshot();
        Statement edited = opened.statement(5 * 3 + 1).orElseThrow();
        Statement changed = LargeSnapshot.statement(edited.id(), 3, 120, 2L, null);
        CaseSnapshot now = opened.with(delta(Map.of(edited.id(), changed), Set.of(), Map.of(), Set.of(), Map.of(), Set.of(),
                Map.of(), Map.of()));

        CaseSnapshot marked = now.withAssumedSaidOnFrom(opened, Set.of(5 * 3L, edited.id(), 5 * 4L));

        assertThat(marked.saidOnAssumed(5 * 3L)).isTrue();
        assertThat(marked.saidOnAssumed(5 * 4L)).isTrue();
        assertThat(marked.saidOnAssumed(edited.id())).as("edited since it was read: its own mark stands").isFalse();
        assertThat(marked.statement(edited.id())).contains(changed);
    }

    private static CaseDelta delta(Map<Long, Statement> statements, Set<Long> removedStatements, Map<Long, Mention> mentions,
                                   Set<Long> removedMentions, Map<Long, Event> events, Set<Long> removedEvents,
                                   Map<Long, EventLinks> links, Map<Long, ArticleSummary> articles) {
        return new CaseDelta(statements, removedStatements, Map.of(), Set.of(), mentions, removedMentions, events, removedEvents,
                links, Map.of(), Set.of(), articles, false, Set.of());
    }

    private static <T> Map<Long, T> byId(List<T> rows, ToLongFunction<T> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(id.applyAsLong(r), r));
        return map;
    }

    private static <T> Optional<T> pick(Map<Long, T> rows, Random random) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return rows.values().stream().skip(random.nextInt(rows.size())).findFirst();
    }
}
