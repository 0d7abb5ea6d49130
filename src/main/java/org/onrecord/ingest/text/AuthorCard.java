package org.onrecord.ingest.text;

import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Arrays;

/**
 * The author card some sites print next to the byline: a one-paragraph biography ("Jane Doe is a
 * senior reporter for …") followed by the name again and a reading time. It is about the writer,
 * not the story, so it leaves the body — but only when the same name also stands on a short line
 * of its own (the byline), which keeps ordinary sentences about a reporter in the story.
 */
final class AuthorCard {

    private static final String NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]+";
    private static final Pattern BIO_START = Pattern.compile(
            "^(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})\\s+(?:is|was|has been|covers|writes|joined|reports)\\b.*");
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|covers|"
                    + "reporting on|writes about|author of)\\b", Pattern.CASE_INSENSITIVE);
    /** A biography is a paragraph, not a headline, and not a whole page either. */
    private static final int MIN_BIO_WORDS = 12;
    private static final int MAX_BIO_WORDS = 120;

    private AuthorCard() {
    }

    static void drop(List<TextLine> lines, boolean[] keep) {
        NavigableSet<String> shortLines = null;
        for (TextLine line : lines) {
            if (!keep[line.index()]) continue;
            String name = bioSubject(line);
            if (name == null) continue;
            if (shortLines == null) shortLines = shortLines(lines);
            if (!standsAlone(shortLines, name)) continue;
            keep[line.index()] = false;
            // The rest of the card: the name repeated, "2 min read", a "Follow" link.
            for (int i = line.index() + 1; i < lines.size() && keep[i] && !lines.get(i).isBlank(); i++) {
                if (!isCardLine(lines.get(i).trimmed(), name)) break;
                keep[i] = false;
            }
        }
    }

    private static String bioSubject(TextLine line) {
        int words = line.words();
        if (words < MIN_BIO_WORDS || words > MAX_BIO_WORDS) return null;
        Matcher m = BIO_START.matcher(line.trimmed());
        if (!m.matches()) return null;
        String firstWords = String.join(" ", Arrays.asList(line.trimmed().split("\\s+"))
                .subList(0, Math.min(words, 20)));
        return ROLE.matcher(firstWords).find() ? m.group(1) : null;
    }

    /** The lines short enough to be a byline (a biography is longer), lower-cased and sorted. */
    private static NavigableSet<String> shortLines(List<TextLine> lines) {
        NavigableSet<String> shortLines = new TreeSet<>();
        for (TextLine line : lines) {
            if (line.words() <= 8) shortLines.add(line.trimmed().toLowerCase(Locale.ROOT));
        }
        return shortLines;
    }

    /**
     * The name also appears as a byline: a short line that starts with it (or "By" it). Looked up
     * in the sorted short lines, so many biographies do not mean many passes over the text.
     */
    private static boolean standsAlone(NavigableSet<String> shortLines, String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        return startsOneOf(shortLines, lowerName) || startsOneOf(shortLines, "by " + lowerName);
    }

    private static boolean startsOneOf(NavigableSet<String> sorted, String prefix) {
        String first = sorted.ceiling(prefix);
        return first != null && first.startsWith(prefix);
    }

    private static boolean isCardLine(String line, String name) {
        return line.equalsIgnoreCase(name)
                || BoilerplatePhrases.ANYWHERE.matcher(line).matches()
                || line.matches("(?i)(?:follow|see full bio|full bio|view profile|@\\w+|email|twitter)(?:\\s.*)?")
                && line.split("\\s+").length <= 4;
    }
}
