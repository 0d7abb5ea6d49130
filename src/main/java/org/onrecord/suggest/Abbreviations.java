package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Short forms the text defines: "long form (SF)" and "SF (long form, …)" by Schwartz and Hearst's
 * rule (2003: every letter of the short form found in order in the long form, its first letter
 * starting a word), and appositions that name a thing's official name ("the DPRK (Democratic
 * People's Republic of Korea, the official name of North Korea)").
 */
public final class Abbreviations {
    public record Definition(int shortStart, int shortEnd, int longStart, int longEnd, String evidence) {
    }

    private static final Pattern PARENS = Pattern.compile("\\(([^()]{1,200})\\)");
    private static final Pattern OFFICIAL_NAME = Pattern.compile(
            "(?:the|its|their)\\s+(?:official|full|formal|proper)\\s+name\\s+(?:of|for)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,6})");

    private Abbreviations() {
    }

    public static List<Definition> find(String text) {
        List<Definition> found = new ArrayList<>();
        Matcher m = PARENS.matcher(text);
        while (m.find()) {
            String inside = m.group(1);
            int insideStart = m.start(1);
            String firstPart = inside.split("[,;]", 2)[0].strip();
            int firstStart = insideStart + inside.indexOf(firstPart);
            if (isShortForm(firstPart)) {
                // long form (SF): the long form ends right before the parenthesis
                int lfEnd = m.start();
                while (lfEnd > 0 && Character.isWhitespace(text.charAt(lfEnd - 1))) {
                    lfEnd--;
                }
                int windowStart = wordsBefore(text, lfEnd, Math.min(firstPart.length() + 5, firstPart.length() * 2));
                int lfStart = bestLongForm(firstPart, text, windowStart, lfEnd);
                if (lfStart >= 0) {
                    found.add(new Definition(firstStart, firstStart + firstPart.length(), lfStart, lfEnd,
                            "acronym defined in parentheses"));
                }
            } else {
                // SF (long form, …): the short form is the word before the parenthesis
                int sfEnd = m.start();
                while (sfEnd > 0 && Character.isWhitespace(text.charAt(sfEnd - 1))) {
                    sfEnd--;
                }
                int sfStart = sfEnd;
                while (sfStart > 0 && !Character.isWhitespace(text.charAt(sfStart - 1)) && text.charAt(sfStart - 1) != '(') {
                    sfStart--;
                }
                String sf = text.substring(sfStart, sfEnd);
                if (isShortForm(sf) && firstPart.length() > sf.length()) {
                    int lfEnd = firstStart + firstPart.length();
                    int lfStart = bestLongForm(sf, text, firstStart, lfEnd);
                    if (lfStart == firstStart) {
                        found.add(new Definition(sfStart, sfEnd, lfStart, lfEnd, "acronym spelled out in parentheses"));
                        officialName(text, lfEnd, m.end(1)).ifPresent(n -> found.add(
                                new Definition(firstStart, lfEnd, n[0], n[1], "official name of " + text.substring(n[0], n[1]))));
                    }
                }
            }
        }
        return found;
    }

    /** "…, the official name of X" right after a name, within {@code limit}: X's span. */
    private static Optional<int[]> officialName(String text, int from, int limit) {
        Matcher m = OFFICIAL_NAME.matcher(text);
        m.region(from, limit);
        if (m.lookingAt() || m.find() && text.substring(from, m.start()).matches("[\\s,;:—–-]*")) {
            int start = m.start(1);
            String name = m.group(1);
            if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
                start += 4;
            }
            return Optional.of(new int[] {start, m.end(1)});
        }
        return Optional.empty();
    }

    /** Two to ten characters, a letter first, at least one capital, no space: "DPRK", "U.S.", "SPE". */
    static boolean isShortForm(String s) {
        if (s.length() < 2 || s.length() > 10 || !Character.isLetterOrDigit(s.charAt(0)) || s.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        long capitals = s.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 || capitals >= 1 && s.length() <= 3;
    }

    private static int wordsBefore(String text, int end, int words) {
        int i = end;
        for (int w = 0; w < words && i > 0; w++) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && ".!?;:".indexOf(text.charAt(i - 1)) < 0) {
                i--;
            }
            if (i > 0 && ".!?;:".indexOf(text.charAt(i - 1)) >= 0) {
                break;
            }
        }
        return i;
    }

    /**
     * Schwartz and Hearst's {@code findBestLongForm}: walk the short form's letters from the end,
     * find each in the candidate from its end; the first letter must begin a word. Returns the long
     * form's start, or -1.
     */
    static int bestLongForm(String shortForm, String text, int from, int to) {
        String sf = shortForm.toLowerCase(Locale.ROOT);
        String lf = text.substring(from, to).toLowerCase(Locale.ROOT);
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        for (; s >= 0; s--) {
            char c = sf.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (l >= 0 && (lf.charAt(l) != c || s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
        }
        int start = l + 1;
        while (start > 0 && !Character.isWhitespace(lf.charAt(start - 1))) {
            start--;
        }
        String longForm = lf.substring(start);
        if (longForm.split("\\s+").length > Math.min(sf.length() + 5, sf.length() * 2) || longForm.length() <= sf.length()) {
            return -1;
        }
        return from + start;
    }
}
