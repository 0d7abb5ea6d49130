package org.onrecord.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bug 7: the query was parsed four ways, which disagreed on diacritics and on the first term. */
class SearchQueryTest {

    @Test
    void caseAndDiacriticsAreIgnoredBothWaysAsTheIndexDoes() {
        assertThat(words("Officials in Pyŏngyang said", "Pyongyang")).containsExactly("Pyŏngyang");
        assertThat(words("a cafe, a CAFÉ", "café")).containsExactly("cafe", "CAFÉ");
        // a combining accent (e + U+0301) is part of the word and ignored like a precomposed one
        assertThat(words("the cafe\u0301 opened", "cafe")).containsExactly("cafe\u0301");
        // letters that are not an accented form stay themselves, as in FTS5
        assertThat(words("Søren and Soren", "soren")).containsExactly("Soren");
    }

    @Test
    void theFirstMatchIsTheEarliestInTheBodyWithItsOwnLength() {
        String body = "The contract was signed; the mayor denied it.";
        // before: the offset was that of "contract" but the marked length that of "mayor"
        SearchQuery.Match first = SearchQuery.parse("mayor contract").firstIn(body).orElseThrow();
        assertThat(body.substring(first.start(), first.end())).isEqualTo("contract");
        // before: "Pyongyang" was not found at all in "Pyŏngyang"
        String korea = "Talks in Pyŏngyang ended.";
        SearchQuery.Match m = SearchQuery.parse("\"talks\" pyongyang").firstIn(korea).orElseThrow();
        assertThat(korea.substring(m.start(), m.end())).isEqualTo("Talks");
        SearchQuery.Match p = SearchQuery.parse("pyongyang").firstIn(korea).orElseThrow();
        assertThat(korea.substring(p.start(), p.end())).isEqualTo("Pyŏngyang");
    }

    @Test
    void wholeWordsOnlyUnlessAPrefixIsAsked() {
        assertThat(SearchQuery.parse("cat").firstIn("a category of cats")).isEmpty();
        assertThat(words("a category of cats", "cat*")).containsExactly("category", "cats");
    }

    @Test
    void theIndexGetsEachTermAsAQuotedPhraseWithoutSyntax() {
        assertThat(SearchQuery.parse("harbour  \"council  of Valen\" counc* AND (x:").ftsExpression())
                .isEqualTo("\"harbour\" \"council of Valen\" \"counc\"* \"AND\" \"x\"");
        assertThat(SearchQuery.parse("\"*\" -- ^").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("don't").ftsExpression()).isEqualTo("\"don t\"");
    }

    @Test
    void theSnippetMarksTheMatchesInTheBestPassage() {
        String text = "Intro words here. " + "filler ".repeat(40) + "The harbour deal was signed near the harbour. " + "tail ".repeat(40);
        String snippet = SearchQuery.parse("harbour").snippet(text, 14);
        assertThat(snippet).startsWith("…").endsWith("…").contains("[harbour] deal was signed near the [harbour]");
        assertThat(SearchQuery.parse("intro").snippet("Intro only.", 14)).isEqualTo("[Intro] only.");
    }

    private static List<String> words(String body, String query) {
        return SearchQuery.parse(query).findIn(body).stream().map(m -> body.substring(m.start(), m.end())).toList();
    }
}
