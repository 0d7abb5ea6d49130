package org.onrecord.ui.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightSearchTest {
    private final SearchHighlighter search = new SearchHighlighter();

    @Test
    void findsWholeWordsIgnoringCaseAndDiacritics() {
        String body = "Müller met MULLER; the mullers left.";

        assertThat(words(body, search.find(body, "muller"))).containsExactly("Müller", "MULLER");
    }

    @Test
    void aTrailingStarFindsWordsBeginningWithIt() {
        String body = "The council and the councillors met.";

        assertThat(words(body, search.find(body, "counc*"))).containsExactly("council", "councillors");
    }

    @Test
    void aQuotedPhraseMatchesItsWordsInOrderAcrossPunctuation() {
        String body = "Harbour council. The harbour, council of Valen; council harbour.";

        assertThat(words(body, search.find(body, "\"harbour council\""))).containsExactly("Harbour council", "harbour, council");
    }

    @Test
    void everyWordOfTheQueryIsMarked() {
        String body = "Okonjo said the vote was close; Reyle disagreed.";

        assertThat(words(body, search.find(body, "okonjo reyle"))).containsExactly("Okonjo", "Reyle");
    }

    @Test
    void aBlankOrSymbolOnlyQueryFindsNothing() {
        assertThat(search.find("some text", "  ")).isEmpty();
        assertThat(search.find("some text", "\"*\" --")).isEmpty();
        assertThat(search.find("some text", null)).isEmpty();
    }

    private static List<String> words(String body, List<TextRange> hits) {
        return hits.stream().map(h -> body.substring(h.start(), h.end())).toList();
    }
}
