package org.onrecord.ui.state;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ui.state.StoryFixture.*;

/** The synchronization matrix: each kind of focus, as every pane sees it. */
class WorkbenchStateTest {
    WorkbenchState state;

    @BeforeEach
    void setUp() {
        state = new WorkbenchState();
        state.reset(StoryFixture.snapshot());
    }

    @Test
    void entityFocusMarksItsMentionsInTheArticleOnScreen() {
        state.selectArticle(ARTICLE_1, PaneId.ARTICLES);
        state.focus(new Focus.OnEntity(VOSS), PaneId.ENTITIES);
        FocusContext c = state.context();
        assertThat(state.article()).isEqualTo(ARTICLE_1);
        assertThat(c.spans()).extracting(s -> s.text()).containsExactly("Ada Voss", "Voss told");
        assertThat(c.primaryEntity()).isEqualTo(VOSS);
    }

    @Test
    void entityFocusMarksStatementsByOrAboutItInTheTable() {
        state.focus(new Focus.OnEntity(VOSS), PaneId.ENTITIES);
        assertThat(state.context().statements()).containsExactlyInAnyOrder(DENIAL, NO_COMMENT, ACCUSATION);
    }

    @Test
    void entityFocusMarksEventsInsideItsStatementsOnTheTimeline() {
        state.focus(new Focus.OnEntity(VOSS), PaneId.ENTITIES);
        assertThat(state.context().events()).contains(NOV_24);
    }

    @Test
    void entityFocusOpensTheFirstArticleMentioningItWhenTheOneOnScreenDoesNot() {
        state.selectArticle(ARTICLE_2, PaneId.ARTICLES);
        state.focus(new Focus.OnEntity(PORT_ELLING), PaneId.ENTITIES);
        assertThat(state.article()).isEqualTo(ARTICLE_1);
        assertThat(state.context().spans()).extracting(s -> s.text()).containsExactly("Port Elling");
    }

    @Test
    void statementFocusSwitchesTheSourceToItsArticleAndMarksItsWords() {
        state.selectArticle(ARTICLE_1, PaneId.ARTICLES);
        state.focus(new Focus.OnStatement(ACCUSATION), PaneId.STATEMENTS);
        assertThat(state.article()).isEqualTo(ARTICLE_2);
        assertThat(state.context().spans()).extracting(s -> s.text()).containsExactly("accused the mayor of lying on Nov. 24");
    }

    @Test
    void statementFocusSelectsItsSpeakerInTheEntityList() {
        state.focus(new Focus.OnStatement(DENIAL), PaneId.STATEMENTS);
        assertThat(state.context().primaryEntity()).isEqualTo(VOSS);
    }

    @Test
    void statementFocusMarksItsDateOnTheTimeline() {
        state.focus(new Focus.OnStatement(DENIAL), PaneId.STATEMENTS);
        assertThat(state.context().datesFrom()).isEqualTo(LocalDate.of(2014, 12, 2));
        assertThat(state.context().datesTo()).isEqualTo(LocalDate.of(2014, 12, 2));
    }

    @Test
    void eventFocusScrollsTheSourceToItsExpression() {
        state.focus(new Focus.OnEvent(NOV_24), PaneId.TIMELINE);
        assertThat(state.article()).isEqualTo(ARTICLE_2);
        assertThat(state.context().spans()).extracting(s -> s.text()).containsExactly("Nov. 24");
    }

    @Test
    void eventFocusMarksStatementsOfThatDate() {
        state.focus(new Focus.OnEvent(TUESDAY), PaneId.TIMELINE);
        assertThat(state.context().statements()).contains(DENIAL).doesNotContain(CLAIM);
        state.focus(new Focus.OnEvent(LAST_MONTH), PaneId.TIMELINE);
        assertThat(state.context().statements()).contains(CLAIM, ACCUSATION).doesNotContain(DENIAL);
    }

    @Test
    void spanFocusSelectsWhateverCoversIt() {
        int at = BODY_1.indexOf("contract");
        state.focus(new Focus.OnSpan(ARTICLE_1, at, at + 8), PaneId.SOURCE);
        assertThat(state.context().primaryStatement()).isEqualTo(DENIAL);
        int voss = BODY_1.indexOf("Ada Voss");
        state.focus(new Focus.OnSpan(ARTICLE_1, voss, voss + 3), PaneId.SOURCE);
        assertThat(state.context().primaryEntity()).isEqualTo(VOSS);
        int tuesday = BODY_1.indexOf("Tuesday");
        state.focus(new Focus.OnSpan(ARTICLE_1, tuesday, tuesday), PaneId.SOURCE);
        assertThat(state.context().primaryEvent()).isEqualTo(TUESDAY);
    }

    @Test
    void datesFocusMarksEventsAndStatementsInThatStretch() {
        state.focus(new Focus.OnDates(LocalDate.of(2014, 11, 20), LocalDate.of(2014, 11, 30)), PaneId.TIMELINE);
        assertThat(state.context().events()).containsExactlyInAnyOrder(LAST_MONTH, NOV_24);
        assertThat(state.context().statements()).containsExactly(ACCUSATION);
    }

    @Test
    void eventLinksMarkTheLinkedEntityAndStatementBothWays() {
        var linked = StoryFixture.snapshot();
        linked = org.onrecord.service.CaseSnapshot.of(linked.articles(), linked.entities(), linked.mentions(), linked.statements(),
                linked.events(), linked.kinds(), java.util.Map.of(LAST_MONTH,
                        new org.onrecord.model.EventLinks(LAST_MONTH, java.util.Set.of(BRIGHTWATER), java.util.Set.of(CLAIM))));
        state.reset(linked);
        state.focus(new Focus.OnEvent(LAST_MONTH), PaneId.TIMELINE);
        assertThat(state.context().entities()).contains(BRIGHTWATER);
        assertThat(state.context().statements()).contains(CLAIM);
        state.focus(new Focus.OnEntity(BRIGHTWATER), PaneId.ENTITIES);
        assertThat(state.context().events()).contains(LAST_MONTH);
        state.focus(new Focus.OnStatement(CLAIM), PaneId.STATEMENTS);
        assertThat(state.context().events()).contains(LAST_MONTH);
    }

    @Test
    void escapeClearsTheFocusButKeepsTheArticle() {
        state.focus(new Focus.OnStatement(DENIAL), PaneId.STATEMENTS);
        state.clearFocus(PaneId.SOURCE);
        assertThat(state.focus().isEmpty()).isTrue();
        assertThat(state.context().isEmpty()).isTrue();
        assertThat(state.article()).isEqualTo(ARTICLE_1);
    }

    @Test
    void focusChangesCarryThePaneThatMadeThemSoItCanIgnoreItsEcho() {
        state.focus(new Focus.OnEntity(VOSS), PaneId.ENTITIES);
        assertThat(state.focus().cameFrom(PaneId.ENTITIES)).isTrue();
        assertThat(state.focus().cameFrom(PaneId.STATEMENTS)).isFalse();
    }

    @Test
    void backAndForwardWalkTheFocusHistory() {
        state.selectArticle(ARTICLE_1, PaneId.ARTICLES);
        state.focus(new Focus.OnEntity(VOSS), PaneId.ENTITIES);
        state.focus(new Focus.OnStatement(ACCUSATION), PaneId.STATEMENTS);
        assertThat(state.back()).isTrue();
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnEntity(VOSS));
        assertThat(state.article()).isEqualTo(ARTICLE_1);
        assertThat(state.back()).isTrue();
        assertThat(state.focus().isEmpty()).isTrue();
        assertThat(state.forward()).isTrue();
        assertThat(state.forward()).isTrue();
        assertThat(state.focus().focus()).isEqualTo(new Focus.OnStatement(ACCUSATION));
        assertThat(state.article()).isEqualTo(ARTICLE_2);
        assertThat(state.forward()).isFalse();
    }

    @Test
    void aNewFocusAfterGoingBackDropsTheForwardHistory() {
        state.focus(new Focus.OnEntity(VOSS), PaneId.ENTITIES);
        state.focus(new Focus.OnEntity(BRIGHTWATER), PaneId.ENTITIES);
        state.back();
        state.focus(new Focus.OnEvent(TUESDAY), PaneId.TIMELINE);
        assertThat(state.canGoForward()).isFalse();
    }

    @Test
    void choosingAnotherArticleDropsAFocusThatLivesInTheOldOne() {
        state.focus(new Focus.OnStatement(DENIAL), PaneId.STATEMENTS);
        state.selectArticle(ARTICLE_2, PaneId.ARTICLES);
        assertThat(state.focus().isEmpty()).isTrue();
    }

    @Test
    void aReloadedSnapshotKeepsTheFocusById() {
        state.focus(new Focus.OnStatement(DENIAL), PaneId.STATEMENTS);
        state.replaceSnapshot(StoryFixture.snapshot());
        assertThat(state.context().primaryStatement()).isEqualTo(DENIAL);
        assertThat(state.context().spans()).extracting(s -> s.text()).containsExactly("No contract exists");
    }

    @Test
    void aFocusOnSomethingDeletedResolvesToNothing() {
        state.focus(new Focus.OnStatement(999), PaneId.STATEMENTS);
        assertThat(state.context().isEmpty()).isTrue();
    }
}
