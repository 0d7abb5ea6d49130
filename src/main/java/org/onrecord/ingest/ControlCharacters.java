package org.onrecord.ingest;

import java.util.regex.Pattern;

/**
 * The one rule for control characters in text that reaches a terminal: C0 controls other than
 * tab, line feed and carriage return, DEL, and the C1 controls. A terminal obeys them — an escape
 * sequence in an article's title can recolour, retitle or rewrite the screen — so names and
 * metadata are stored without them and nothing is printed to a terminal with them.
 */
public final class ControlCharacters {
    /** An escape sequence as a whole: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), or ESC and one character. */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|\\u001B[@-_]?"
                    + "|\\u009B[0-?]*[ -/]*[@-~]");
    private static final char SHOWN_INSTEAD = '\uFFFD';

    private ControlCharacters() {
    }

    public static boolean isUnsafe(int c) {
        boolean layout = c == '\t' || c == '\n' || c == '\r';
        return c < 0x20 && !layout || c == 0x7F || c >= 0x80 && c <= 0x9F;
    }

    /** The text without escape sequences and unsafe control characters, for storing a name or a field. */
    public static String strip(String text) {
        if (text == null || !containsUnsafe(text)) return text;
        String withoutSequences = ESCAPE_SEQUENCE.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(withoutSequences.length());
        withoutSequences.chars().filter(c -> !isUnsafe(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The text with every unsafe control character shown as U+FFFD, for printing. */
    public static String neutralise(String text) {
        if (text == null || !containsUnsafe(text)) return text;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isUnsafe(chars[i])) chars[i] = SHOWN_INSTEAD;
        }
        return new String(chars);
    }

    private static boolean containsUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) return true;
        }
        return false;
    }
}
