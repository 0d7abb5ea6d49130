package org.onrecord.suggest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names inside hyphenated words ("Brad Pitt-starrer", "Obama-led"): the tokenizer keeps such a
 * word whole, so the entity model never sees the name. The text handed to the model gets a space
 * instead of the hyphen (same length, so every offset still points into the body). Only a
 * capitalised part of three letters or more before a lower-case word of three or more: "Kim
 * Jong-un" and "Ban Ki-moon" stay whole.
 */
public final class HyphenatedNames {
    private static final Pattern NAME_THEN_WORD = Pattern.compile("\\b(\\p{Lu}\\p{L}{2,})-(\\p{Ll}{3,})\\b");

    private HyphenatedNames() {
    }

    public static String open(String body) {
        Matcher m = NAME_THEN_WORD.matcher(body);
        if (!m.find()) {
            return body;
        }
        StringBuilder text = new StringBuilder(body);
        do {
            text.setCharAt(m.end(1), ' ');
        } while (m.find());
        return text.toString();
    }

    /** True when the hyphen right after {@code end} in {@code body} was opened for the model. */
    public static boolean endsInsideHyphenatedWord(String body, int end) {
        return end < body.length() && body.charAt(end) == '-';
    }
}
