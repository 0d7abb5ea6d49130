package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkTitlesTest {
    private static List<String> titles(String text) {
        return WorkTitles.find(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void titlesAnnouncedByAWorkNounAndTheListAfterIt() {
        assertThat(titles("Four films including the Kate Lund-starrer “Harbour” and unreleased movies “Grey Owl,” "
                + "“Dr. Morrow,” “Only Maria” and “To Sing of Her Rivers” were stolen."))
                .containsExactly("Harbour", "Grey Owl", "Dr. Morrow", "Only Maria", "To Sing of Her Rivers");
    }

    @Test
    void aTitleDescribedRightAfterItAndFoundAgainLater() {
        assertThat(titles("The studio’s upcoming “The Long Winter,” a dark comedy, opens soon. Critics loved “The Long Winter.”"))
                .containsExactly("The Long Winter", "The Long Winter");
    }

    @Test
    void quotedSpeechAndScareQuotesAreNotTitles() {
        assertThat(titles("He called it a “brazen” attack. “We will wait and see,” the film critic said.")).isEmpty();
        assertThat(titles("“Nobody Knows Anything,” a spokesman said.")).isEmpty();
    }
}
