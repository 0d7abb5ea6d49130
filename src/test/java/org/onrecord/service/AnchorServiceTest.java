package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.AnchorState;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorServiceTest {
    @TempDir
    Path dir;

    @Test
    void wordsStillAtTheirOffsetsStayAnchored() {
        TextSpan span = new TextSpan(4, 9, "ferry");
        assertThat(AnchorService.locate("The ferry left.", span)).isEqualTo(new AnchorService.Located(AnchorState.ANCHORED, span));
    }

    @Test
    void movedWordsAreFoundAtTheNearestOccurrence() {
        String body = "ferry one. Then the ferry two and the ferry three.";
        TextSpan old = new TextSpan(30, 35, "ferry");
        AnchorService.Located at = AnchorService.locate(body, old);
        assertThat(at.state()).isEqualTo(AnchorState.MOVED);
        assertThat(at.span()).isEqualTo(new TextSpan(38, 43, "ferry"));
    }

    @Test
    void wordsWithOtherQuotesOrSpacingAreFoundAndTakeTheNewBodysWords() {
        String body = "He said: \u201CWe   deny\neverything,\u201D and left.";
        AnchorService.Located at = AnchorService.locate(body, new TextSpan(0, 21, "\"We deny everything,\""));
        assertThat(at.state()).isEqualTo(AnchorState.MOVED);
        assertThat(at.span().text()).isEqualTo("\u201CWe   deny\neverything,\u201D");
        assertThat(body.substring(at.span().start(), at.span().end())).isEqualTo(at.span().text());
    }

    @Test
    void wordsThatAreGoneAreLostWithTheirOffsetsKept() {
        TextSpan old = new TextSpan(40, 50, "the envoy ");
        assertThat(AnchorService.locate("Nothing of that is left.", old))
                .isEqualTo(new AnchorService.Located(AnchorState.LOST, old));
    }

    @Test
    void reanchorReplacesTheBodyAndMovesOrFlagsEveryAnnotationInOneUndoableEdit() {
        try (EditFixture f = new EditFixture(dir)) {
            long dprk = f.entity("DPRK", EntityType.LOCATION);
            long m1 = f.mention(dprk, "DPRK", 1);
            long m2 = f.mention(dprk, "DPRK", 2);
            long korea = f.entity("North Korea", EntityType.LOCATION);
            long mk = f.mention(korea, "North Korea", 1);
            long statement = f.history.perform(f.annotations.addStatement(f.store, f.article, f.span("\"We deny everything,\""),
                    "denial", null, null, null, true, null, null)).createdId();
            long event = f.history.perform(f.annotations.addEvent(f.store, f.article, f.span("2014-11-24"), null, null)).createdId();
            String before = f.dump();

            String newBody = "North Korea said on 24 November that talks would go on. "
                    + "\u201CWe deny everything,\u201D said the DPRK envoy.";
            AnchorService.Reanchoring plan = f.anchors.plan(f.store, f.article, newBody);
            assertThat(f.dump()).as("planning changes nothing").isEqualTo(before);
            f.history.perform(plan.edit());

            assertThat(plan.anchored()).isEqualTo(1);
            assertThat(plan.moved()).isEqualTo(2);
            assertThat(plan.lost()).isEqualTo(2);
            assertThat(plan.total()).isEqualTo(5);
            assertThat(f.store.articles().find(f.article).orElseThrow().body()).isEqualTo(newBody);
            assertThat(f.dumpFromFile()).isEqualTo(f.dump());
            Mention anchored = f.store.entities().findMention(mk).orElseThrow();
            assertThat(anchored.anchor()).isEqualTo(AnchorState.ANCHORED);
            Mention first = f.store.entities().findMention(m1).orElseThrow();
            assertThat(first.anchor()).isEqualTo(AnchorState.MOVED);
            assertThat(newBody.substring(first.span().start(), first.span().end())).isEqualTo("DPRK");
            Mention second = f.store.entities().findMention(m2).orElseThrow();
            assertThat(second.anchor()).as("one DPRK is left and the first mention took it: the second is gone")
                    .isEqualTo(AnchorState.LOST);
            assertThat(second.span()).isEqualTo(f.span("DPRK", 2));
            Statement s = f.store.statements().find(statement).orElseThrow();
            assertThat(s.anchor()).isEqualTo(AnchorState.MOVED);
            assertThat(s.span().text()).isEqualTo("\u201CWe deny everything,\u201D");
            Event e = f.store.events().find(event).orElseThrow();
            assertThat(e.anchor()).isEqualTo(AnchorState.LOST);
            assertThat(e.span().text()).isEqualTo("2014-11-24");

            f.history.undo();
            assertThat(f.dump()).isEqualTo(before);
        }
    }

    @Test
    void reanchorWithoutHistoryAppliesAtOnce() {
        try (EditFixture f = new EditFixture(dir)) {
            long id = f.entity("Pyongyang", EntityType.LOCATION);
            long m = f.mention(id, "Pyongyang", 1);
            AnchorService.Reanchoring done = f.anchors.reanchor(f.store, f.article, "In Pyongyang, nothing new.");
            assertThat(done.moved()).isEqualTo(1);
            assertThat(f.store.entities().findMention(m).orElseThrow().span()).isEqualTo(new TextSpan(3, 12, "Pyongyang"));
            assertThatThrownBy(() -> f.anchors.reanchor(f.store, f.article, "  ")).hasMessageContaining("empty");
            assertThatThrownBy(() -> f.anchors.reanchor(f.store, 5, "text")).hasMessageContaining("no article with id 5");
        }
    }
}
