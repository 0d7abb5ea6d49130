package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a body between quotation marks (curly or straight), marks included. A quote
 * left open at the end of a paragraph and taken up by an opening mark at the start of the next one
 * is one quote, as newspapers print a quotation over several paragraphs. Single quotes are left
 * alone: inside double quotes they are nested quotes, elsewhere mostly apostrophes or headline titles.
 */
public final class QuotedSpans {
    public record Quote(int start, int end) {
        /** The words without the marks and the spaces next to them. */
        public String inner(String body) {
            int s = start;
            int e = end;
            while (s < e && (isMark(body.charAt(s)) || Character.isWhitespace(body.charAt(s)) || body.startsWith("''", s))) {
                s += body.startsWith("''", s) ? 2 : 1;
            }
            while (e > s && (isMark(body.charAt(e - 1)) || Character.isWhitespace(body.charAt(e - 1))
                    || e - 2 >= s && body.startsWith("''", e - 2))) {
                e -= e - 2 >= s && body.startsWith("''", e - 2) ? 2 : 1;
            }
            return body.substring(s, e);
        }
    }

    private QuotedSpans() {
    }

    static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    /**
     * ''like this'' as "like this", offsets kept: an opening pair (a word right after it) becomes a space and a mark
     * next to the word, a closing pair a mark and a space, so a straight mark reads as opening or closing by its neighbours.
     */
    static String doubledApostrophes(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) {
            boolean opening = i + 2 < text.length() && !Character.isWhitespace(text.charAt(i + 2))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0);
            b.replace(i, i + 2, opening ? " \"" : "\" ");
        }
        return b.toString();
    }

    public static List<Quote> find(String text) {
        // two apostrophes stand for a double quotation mark in some newspapers' archives (''like this,'' he said)
        String body = text.indexOf("''") >= 0 ? doubledApostrophes(text) : text;
        List<Quote> quotes = new ArrayList<>();
        boolean carried = false; // the last quote ran to the end of its paragraph without a closing mark
        int paragraphStart = 0;
        while (paragraphStart <= body.length()) {
            int paragraphEnd = body.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = body.length();
            }
            int open = -1;
            boolean first = true;
            for (int i = paragraphStart; i < paragraphEnd; i++) {
                char c = body.charAt(i);
                if (!isMark(c)) {
                    if (!Character.isWhitespace(c)) {
                        first = false;
                    }
                    continue;
                }
                boolean opening = c == '“' || c == '„' || c == '«'
                        || c == '"' && open < 0 && (i + 1 < paragraphEnd && !Character.isWhitespace(body.charAt(i + 1)));
                if (open < 0 && opening) {
                    if (first && carried && !quotes.isEmpty()) {
                        open = quotes.removeLast().start(); // the same quotation goes on in this paragraph
                    } else {
                        open = i;
                    }
                } else if (open >= 0 && !opening) {
                    quotes.add(new Quote(open, i + 1));
                    open = -1;
                } else if (open >= 0 && c == '“') {
                    open = i; // an unbalanced opening mark: start again here
                }
                first = false;
            }
            carried = false;
            if (open >= 0) {
                int end = paragraphEnd;
                while (end > open && Character.isWhitespace(body.charAt(end - 1))) {
                    end--;
                }
                // a lone straight mark, e.g. inches, is no quotation
                if (end - open > 1 && body.charAt(open) != '"' || end - open > 40) {
                    quotes.add(new Quote(open, end));
                    carried = true;
                }
            } else if (paragraphEnd > paragraphStart && !body.substring(paragraphStart, paragraphEnd).isBlank()) {
                carried = false;
            }
            if (paragraphEnd == body.length()) {
                break;
            }
            paragraphStart = paragraphEnd + 1;
            // blank lines between paragraphs keep a carried quote open
            while (carried && paragraphStart < body.length() && body.charAt(paragraphStart) == '\n') {
                paragraphStart++;
            }
        }
        return quotes;
    }
}
