package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Other names the model may tag that are amounts or days, on hand-tagged tokens (no language models needed). */
class NotANameTest {
    /** Tokens of {@code text} split at spaces; words in {@code misc} tagged as other names (MISC). */
    private static List<Token> tokens(String text, String... misc) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            int start = text.indexOf(word, at);
            String tag = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(start, start + word.length(), word, tag, List.of(misc).contains(word) ? "MISC" : "O"));
            at = start + word.length();
        }
        return tokens;
    }

    private static List<String> names(String text, String... misc) {
        return new EntitySuggester().suggest(text, tokens(text, misc)).mentions().stream().map(m -> m.span().text()).toList();
    }

    @Test
    void aHolidayIsADateNotAName() {
        assertThat(names("Markets shut for the Labor Day weekend .", "Labor", "Day")).isEmpty();
        assertThat(names("They met on Christmas Day .", "Christmas", "Day")).isEmpty();
    }

    @Test
    void aCurrencySignIsNotAName() {
        assertThat(names("The bond fell C$ 0.45 to C$ 101.15 .", "C$")).isEmpty();
        assertThat(names("A US$ 20 million loan .", "US$")).isEmpty();
    }

    @Test
    void otherNamesWithNumbersStay() {
        assertThat(names("Germany won Euro 96 in June .", "Euro", "96")).containsExactly("Euro 96");
        assertThat(names("He paid in Swiss francs .", "Swiss")).containsExactly("Swiss");
    }
}
