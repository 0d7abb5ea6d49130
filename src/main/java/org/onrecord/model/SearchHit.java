package org.onrecord.model;

/** One ranked full-text hit: the article and a snippet with the matched words between [ and ]. */
public record SearchHit(long articleId, String title, String outlet, String snippet, double rank) {
}
