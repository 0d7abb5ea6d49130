package org.onrecord.service;

import org.onrecord.model.SearchHit;
import org.onrecord.model.SearchQuery;
import org.onrecord.store.CaseStore;

import java.util.List;
import java.util.Optional;

/** Full-text search over a case, and where in a body a hit's words are, to scroll to them. */
public final class SearchService {
    public List<SearchHit> search(CaseStore store, String query, int limit) {
        return store.searchIndex().search(SearchQuery.parse(query), limit);
    }

    /** Where the query's words first occur in {@code body}, matched as the index matched them. */
    public Optional<SearchQuery.Match> firstMatch(String body, String query) {
        return SearchQuery.parse(query).firstIn(body);
    }
}
