package org.onrecord.store;

import org.onrecord.model.SearchHit;
import org.onrecord.model.SearchQuery;

import java.util.List;

public interface SearchIndex {
    /** Ranked hits (best first) for a researcher's query: words, "quoted phrases", prefix*. */
    List<SearchHit> search(SearchQuery query, int limit);
}
