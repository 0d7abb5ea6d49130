package org.onrecord.suggest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the parser is given for a dated expression: the sentence, or the date's line of a run-on stretch. */
class DatedSentenceTest {
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group(), "NN", "O"));
        }
        return tokens;
    }

    private static String words(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::word).toList());
    }

    @Test
    void anOrdinarySentenceIsReadWhole() {
        String text = "The union walked out on Tuesday after talks failed .";
        List<Token> sentence = tokens(text);
        assertThat(DatedSentence.around(text, sentence, text.indexOf("Tuesday"), text.indexOf("Tuesday") + 7)).isSameAs(sentence);
    }

    @Test
    void aRunOnTableIsCutToTheDatesLine() {
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            table.append(i == 17 ? "Ferry crossings resumed on Tuesday in Elling" : "Row " + i + " 12 14 9").append('\n');
        }
        String text = table.toString();
        int date = text.indexOf("Tuesday");
        List<Token> read = DatedSentence.around(text, tokens(text), date, date + 7);
        assertThat(words(read)).isEqualTo("Ferry crossings resumed on Tuesday in Elling");
    }

    @Test
    void aLongLineIsCutToAWindowAroundTheDate() {
        String text = "word ".repeat(100) + "on Tuesday " + "word ".repeat(100);
        int date = text.indexOf("Tuesday");
        List<Token> read = DatedSentence.around(text, tokens(text), date, date + 7);
        assertThat(read).hasSizeLessThanOrEqualTo(41).anyMatch(t -> t.word().equals("Tuesday"));
    }
}
