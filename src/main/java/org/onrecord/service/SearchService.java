package org.onrecord.service;

import org.onrecord.model.SearchHit;
import org.onrecord.store.CaseStore;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Full-text search over a case, and where in a body a hit's words are, to scroll to them. */
public final class SearchService {
    public List<SearchHit> search(CaseStore store, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return store.searchIndex().search(query, limit);
    }

    /** The offset of the first query word (or phrase) found in {@code body}, ignoring case. */
    public OptionalInt firstMatch(String body, String query) {
        String lowerBody = body.toLowerCase(Locale.ROOT);
        int best = -1;
        for (String term : terms(query)) {
            int at = lowerBody.indexOf(term);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static List<String> terms(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        java.util.ArrayList<String> terms = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"|([^\\s\"]+)").matcher(q);
        while (m.find()) {
            String t = (m.group(1) != null ? m.group(1) : m.group(2)).replace("*", "").strip();
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms;
    }
}
