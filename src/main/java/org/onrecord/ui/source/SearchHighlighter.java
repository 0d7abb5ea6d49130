package org.onrecord.ui.source;

import org.onrecord.model.SearchQuery;

import java.util.List;

/**
 * The places in a body to mark for a search query: the words found as the case's full-text index
 * found them ({@link SearchQuery}: words, "phrases", prefix*, case and diacritics ignored).
 */
public final class SearchHighlighter {
    public List<TextRange> find(String body, String query) {
        return SearchQuery.parse(query).findIn(body).stream().map(m -> new TextRange(m.start(), m.end())).toList();
    }
}
