package org.onrecord.service;

import org.onrecord.model.Article;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;

/** Lookups that fail with a clear message, shared by the editing services. */
final class Checks {
    private Checks() {
    }

    static Article article(CaseStore store, long id) {
        return store.articles().find(id).orElseThrow(() -> new IllegalArgumentException("no article with id " + id));
    }

    static Entity entity(CaseStore store, long id) {
        return store.entities().find(id).orElseThrow(() -> new IllegalArgumentException("no entity with id " + id));
    }

    static Statement statement(CaseStore store, long id) {
        return store.statements().find(id).orElseThrow(() -> new IllegalArgumentException("no statement with id " + id));
    }

    static Event event(CaseStore store, long id) {
        return store.events().find(id).orElseThrow(() -> new IllegalArgumentException("no event with id " + id));
    }

    /** The span with the body's exact words, after checking it lies in the body (and, if given, the words match). */
    static TextSpan span(CaseStore store, long articleId, TextSpan span) {
        String body = article(store, articleId).body();
        TextSpan exact = SpanLocator.at(body, span.start(), span.end());
        if (!span.text().isEmpty() && !exact.text().equals(span.text())) {
            throw new IllegalArgumentException("the words at " + span.start() + ".." + span.end() + " are \"" + exact.text()
                    + "\", not \"" + span.text() + "\"");
        }
        return exact;
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
