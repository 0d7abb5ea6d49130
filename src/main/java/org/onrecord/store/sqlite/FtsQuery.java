package org.onrecord.store.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a researcher types into a safe FTS5 expression: every word and "quoted phrase" must
 * occur, a trailing * makes a prefix search, and FTS5 syntax characters lose their meaning.
 */
final class FtsQuery {
    private FtsQuery() {
    }

    static String toMatchExpression(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < query.length(); i++) {
            char ch = query.charAt(i);
            if (ch == '"') {
                flush(current, terms, inPhrase);
                inPhrase = !inPhrase;
            } else if (!inPhrase && Character.isWhitespace(ch)) {
                flush(current, terms, false);
            } else {
                current.append(ch);
            }
        }
        flush(current, terms, inPhrase);
        return String.join(" ", terms);
    }

    private static void flush(StringBuilder current, List<String> terms, boolean phrase) {
        String raw = current.toString().strip();
        current.setLength(0);
        boolean prefix = !phrase && raw.endsWith("*");
        String words = raw.replace("*", " ").replaceAll("[^\\p{L}\\p{N}\\s'’-]", " ").strip();
        if (words.isEmpty() || words.chars().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        terms.add('"' + words.replace("\"", "") + '"' + (prefix ? "*" : ""));
    }
}
