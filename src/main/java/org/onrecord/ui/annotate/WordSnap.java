package org.onrecord.ui.annotate;

import org.onrecord.model.TextSpan;

/**
 * A quick mouse selection rarely starts and ends exactly on a word: it is widened to whole words
 * and trimmed of surrounding spaces, so the researcher need not aim at letters.
 */
final class WordSnap {
    private WordSnap() {
    }

    static TextSpan snap(String body, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(body.length(), end);
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return TextSpan.of(body, Math.max(0, start), Math.min(body.length(), end));
        }
        while (s > 0 && isWordChar(body.charAt(s - 1)) && isWordChar(body.charAt(s))) {
            s--;
        }
        while (e < body.length() && isWordChar(body.charAt(e - 1)) && isWordChar(body.charAt(e))) {
            e++;
        }
        return TextSpan.of(body, s, e);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }
}
