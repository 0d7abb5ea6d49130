package org.onrecord.ui.statements;

import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;

import java.time.LocalDate;
import java.util.Locale;

/** One row of the claim/denial table. */
public record StatementRow(long id, String words, String speaker, Long speakerEntity, String via, String kind,
                           String kindLabel, LocalDate dateSaid, long articleId, String article, boolean direct,
                           boolean suggested, AnchorState anchor, boolean dateSaidAssumed, Double confidence,
                           boolean kindUnsure) {

    /**
     * {@code confidence} is how sure the suggestion rules were (null for what a researcher made); the kind is
     * unsure only while a suggestion is unreviewed and its rule said so.
     */
    static StatementRow of(Statement s, String speakerName, String kindLabel, ArticleSummary article, boolean saidOnAssumed,
                           StatementConfidence confidence) {
        boolean suggested = s.state() == ReviewState.SUGGESTED;
        return new StatementRow(s.id(), s.span().text(), speakerName == null ? "" : speakerName, s.speakerEntityId(),
                s.via() == null ? "" : s.via(), s.kind(), kindLabel, s.dateSaid(), s.articleId(),
                article == null ? "" : article.displayTitle(), s.direct(), suggested, s.anchor(), saidOnAssumed,
                confidence == null ? null : confidence.confidence(), suggested && confidence != null && confidence.kindUnsure());
    }

    /** The words a text filter looks for: lower-cased and stripped once per filter, not once per row. */
    static String needle(String filter) {
        return filter == null ? "" : filter.toLowerCase(Locale.ROOT).strip();
    }

    /**
     * Whether the words, speaker or via hold {@code needle} (see {@link #needle}), ignoring case. The
     * texts are compared where they are: lower-casing three copies of every row made a filter over
     * 500,000 rows allocate 1.5 million strings.
     */
    boolean matchesText(String needle) {
        return needle.isEmpty() || containsIgnoringCase(words, needle) || containsIgnoringCase(speaker, needle)
                || containsIgnoringCase(via, needle);
    }

    static boolean containsIgnoringCase(String text, String needle) {
        int last = text.length() - needle.length();
        for (int at = 0; at <= last; at++) {
            if (text.regionMatches(true, at, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
