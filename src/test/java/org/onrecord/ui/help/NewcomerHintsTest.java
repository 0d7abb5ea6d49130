package org.onrecord.ui.help;

import org.onrecord.ui.keys.Shortcut;
import org.junit.jupiter.api.Test;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.state.StoryFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewcomerHintsTest {
    @Test
    void anEmptyCaseSaysHowToBringArticlesIn() {
        assertThat(NewcomerHints.sourceHint(CaseSnapshot.EMPTY, true)).contains(NewcomerHints.IMPORT);
        assertThat(NewcomerHints.timelinePlaceholder(CaseSnapshot.EMPTY)).isEqualTo(NewcomerHints.IMPORT);
    }

    @Test
    void aFirstArticleWithNothingMarkedSaysSelectWordsThenQET() {
        CaseSnapshot story = StoryFixture.snapshot();
        CaseSnapshot unmarked = CaseSnapshot.of(story.articles(), List.of(), List.of(), List.of(), List.of(), story.kinds());
        assertThat(NewcomerHints.sourceHint(unmarked, true)).hasValueSatisfying(
                hint -> assertThat(hint).contains("Select words", "Q", "E", "T"));
    }

    @Test
    void theHintGoesOnceTheCaseHoldsAnAnnotationOrNoCaseIsOpen() {
        assertThat(NewcomerHints.sourceHint(StoryFixture.snapshot(), true)).isEmpty();
        assertThat(NewcomerHints.sourceHint(CaseSnapshot.EMPTY, false)).isEmpty();
    }

    @Test
    void anEmptyStatementTableSaysHowToAddOneAndAFilteredOneSaysSo() {
        assertThat(NewcomerHints.statementsPlaceholder(0)).contains("press Q");
        assertThat(NewcomerHints.statementsPlaceholder(5)).isEqualTo(NewcomerHints.NO_STATEMENTS_MATCH);
    }

    @Test
    void theHelpPagesNameNoCommandLineOption() {
        assertThat(HelpPages.GETTING_STARTED + Shortcut.helpText()).doesNotContain("--").contains("Q", "Ctrl+M");
    }
}
