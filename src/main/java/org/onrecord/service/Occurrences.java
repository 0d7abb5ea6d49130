package org.onrecord.service;

import org.onrecord.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where some words stand in a body as whole words (ignoring case), for marking every occurrence at once. */
public final class Occurrences {
    private Occurrences() {
    }

    public static List<TextSpan> of(String body, String words) {
        List<TextSpan> found = new ArrayList<>();
        String w = words == null ? "" : words.strip();
        if (body == null || w.isEmpty()) {
            return found;
        }
        String haystack = body.toLowerCase(Locale.ROOT);
        String needle = w.toLowerCase(Locale.ROOT);
        if (haystack.length() != body.length() || needle.length() != w.length()) {
            haystack = body;
            needle = w; // a case folding that changes lengths would shift the offsets: match exactly instead
        }
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (wordEdge(body, at - 1) && wordEdge(body, end)) {
                found.add(new TextSpan(at, end, body.substring(at, end)));
            }
        }
        return found;
    }

    private static boolean wordEdge(String body, int index) {
        return index < 0 || index >= body.length() || !Character.isLetterOrDigit(body.charAt(index));
    }
}
