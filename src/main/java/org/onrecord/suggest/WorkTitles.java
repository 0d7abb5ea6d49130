package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles of works where the text marks them: a quoted, capitalised title announced by a noun such
 * as "film", "movie", "book" ("the movie “Annie”", "Brad Pitt-starrer “Fury”"), described by one
 * right after it ("“The Interview,” a political satire"), or listed with such a title ("“Annie,”
 * “Mr. Turner” and “Still Alice”"). Every other quoted occurrence of a found title is one too.
 */
public final class WorkTitles {
    public record Title(int start, int end, String evidence) {
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"‘]([^“”\"‘’\\n]{1,80}?)[”\"’]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern LIST_GAP = Pattern.compile("[\\s\\u00a0]*(?:,[\\s\\u00a0]*(?:and[\\s\\u00a0]+|or[\\s\\u00a0]+)?|(?:and|or)[\\s\\u00a0]+)");
    private static final Pattern DESCRIBED_AFTER = Pattern.compile(
            "[\\s\\u00a0]*[,—–(-]?[\\s\\u00a0]*(?:a|an|the|his|her|their|its)[\\s\\u00a0]+((?:[\\p{L}-]+[\\s\\u00a0]+){0,2}[\\p{L}-]+)");

    private WorkTitles() {
    }

    public static List<Title> find(String text) {
        List<int[]> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = trimEnd(text, start, m.end(1));
            if (end > start && looksLikeTitle(text.substring(start, end))) {
                quoted.add(new int[] {start, end, m.start(), m.end()});
            }
        }
        List<Title> titles = new ArrayList<>();
        int previousEnd = -1;
        for (int[] q : quoted) {
            String evidence = announcedBy(text, q[2]);
            if (evidence == null) {
                evidence = describedAfter(text, q[3]);
            }
            if (evidence == null && previousEnd >= 0 && continuesList(text, previousEnd, q[2])) {
                evidence = "quoted title listed with another title";
            }
            if (evidence != null) {
                titles.add(new Title(q[0], q[1], evidence));
                previousEnd = q[3];
            } else {
                previousEnd = -1;
            }
        }
        List<Title> again = new ArrayList<>();
        for (int[] q : quoted) {
            boolean known = titles.stream().anyMatch(t -> t.start() == q[0]);
            if (!known && titles.stream().anyMatch(t -> text.substring(t.start(), t.end()).equals(text.substring(q[0], q[1])))) {
                again.add(new Title(q[0], q[1], "quoted again as a title found earlier"));
            }
        }
        titles.addAll(again);
        return titles;
    }

    /** Between two quoted titles only ", ", " and " — or a space when the comma sits inside the first quote (“Annie,” “Fury”). */
    private static boolean continuesList(String text, int previousQuoteEnd, int quoteStart) {
        String gap = text.substring(previousQuoteEnd, quoteStart);
        if (LIST_GAP.matcher(gap).matches()) {
            return true;
        }
        return gap.isBlank() && previousQuoteEnd >= 2 && text.charAt(previousQuoteEnd - 2) == ',';
    }

    /** Punctuation a writer puts inside the closing quote (“The Interview,”). */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && ",.;:!? \u00a0".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** Capitalised first word, at most ten words, and its long words capitalised: "To Write Love on Her Arms". */
    static boolean looksLikeTitle(String s) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            words.add(w.group());
        }
        if (words.isEmpty() || words.size() > 10 || !Character.isUpperCase(words.getFirst().codePointAt(0))) {
            return false;
        }
        return words.stream().filter(x -> x.length() > 3).allMatch(x -> !Character.isLowerCase(x.codePointAt(0)));
    }

    /** A work noun among the three words before the opening quote: "movies “Annie”", "the film “Fury”". */
    private static String announcedBy(String text, int quoteStart) {
        int from = Math.max(0, quoteStart - 60);
        String before = text.substring(from, quoteStart);
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(w.group());
        }
        if (!before.isEmpty() && ".!?:;”\"".indexOf(before.strip().isEmpty() ? ' ' : before.strip().charAt(before.strip().length() - 1)) >= 0) {
            return null; // a sentence or another quote ends right before: nothing announces this one
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
            if (NameWords.isWorkNoun(words.get(i))) {
                return "quoted title after \"" + words.get(i) + "\"";
            }
        }
        // a name's possessive right before (one word between at most): "Lions Gate's “Expendables 3”", "Sony's upcoming “The Interview”"
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 2); i--) {
            String word = words.get(i);
            if ((word.endsWith("'s") || word.endsWith("’s")) && Character.isUpperCase(word.codePointAt(0))) {
                return "quoted title after the possessive \"" + word + "\"";
            }
        }
        return null;
    }

    /** "“The Interview,” a political satire": an appositive whose head is a work noun. */
    private static String describedAfter(String text, int quoteEnd) {
        Matcher d = DESCRIBED_AFTER.matcher(text);
        d.region(quoteEnd, Math.min(text.length(), quoteEnd + 60));
        if (!d.lookingAt()) {
            return null;
        }
        for (String word : d.group(1).split("[\\s\\u00a0]+")) {
            if (Character.isUpperCase(word.codePointAt(0))) {
                return null;
            }
            if (NameWords.isWorkNoun(word)) {
                return "quoted title described as a \"" + word + "\"";
            }
        }
        return null;
    }
}
