package org.onrecord.suggest;

import java.util.List;

/**
 * The words a dated expression's event is read from: its sentence, or, when the sentence splitter
 * gave a run-on stretch (tables, lists, lines without full stops), the line the date is on, and at
 * most a window of words around the date. It bounds what the parser is given (its cost grows with
 * the sentence) and keeps links to the names near the date.
 */
public final class DatedSentence {
    /** Longer "sentences" than this are cut down: news sentences are rarely longer. */
    static final int MAX_TOKENS = 60;
    private static final int WINDOW = 20;

    private DatedSentence() {
    }

    public static List<Token> around(String text, List<Token> sentence, int dateStart, int dateEnd) {
        if (sentence.size() <= MAX_TOKENS) {
            return sentence;
        }
        int date = 0;
        while (date < sentence.size() - 1 && sentence.get(date).end() <= dateStart) {
            date++;
        }
        int from = date;
        while (from > 0 && !lineBreakBetween(text, sentence.get(from - 1), sentence.get(from))) {
            from--;
        }
        int to = date;
        while (to < sentence.size() - 1 && (sentence.get(to).start() < dateEnd
                || !lineBreakBetween(text, sentence.get(to), sentence.get(to + 1)))) {
            to++;
        }
        from = Math.max(from, date - WINDOW);
        to = Math.min(to, date + WINDOW);
        return sentence.subList(from, to + 1);
    }

    private static boolean lineBreakBetween(String text, Token left, Token right) {
        return text.substring(left.end(), right.start()).indexOf('\n') >= 0;
    }
}
