package org.onrecord.model;

/** One ranked full-text hit: the article, a snippet with the matched words marked, and the first match's offset in the body. */
public record SearchHit(long articleId, String title, String snippet, double rank, int firstMatchStart, int firstMatchEnd) {
}
