package org.onrecord.ui.annotate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordSnapTest {
    static final String BODY = "The spokesman added that the mayor’s office “never saw” the lease.";

    private static String snap(int start, int end) {
        return WordSnap.snap(BODY, start, end).text();
    }

    @Test
    void aSelectionStartingInsideAWordTakesTheWholeWord() {
        int at = BODY.indexOf("esman");
        assertThat(snap(at, BODY.indexOf(" that"))).isEqualTo("spokesman added");
    }

    @Test
    void aSelectionEndingInsideAWordTakesTheWholeWord() {
        int at = BODY.indexOf("added");
        assertThat(snap(at, at + 8)).isEqualTo("added that");
    }

    @Test
    void surroundingSpacesAreTrimmed() {
        int at = BODY.indexOf(" the mayor");
        assertThat(snap(at, at + 10)).isEqualTo("the mayor’s");
    }

    @Test
    void punctuationAtTheEdgesIsKeptAsSelected() {
        int at = BODY.indexOf("“never");
        assertThat(snap(at, BODY.indexOf(" the lease"))).isEqualTo("“never saw”");
    }

    @Test
    void exactWordSelectionsAreLeftAlone() {
        int at = BODY.indexOf("lease");
        assertThat(snap(at, at + 5)).isEqualTo("lease");
    }
}
