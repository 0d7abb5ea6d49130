package org.onrecord.ui.statements;

import org.onrecord.model.AnchorState;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;

import java.time.LocalDate;
import java.util.Locale;

/** One row of the claim/denial table. */
public record StatementRow(long id, String words, String speaker, Long speakerEntity, String via, String kind,
                           String kindLabel, LocalDate dateSaid, long articleId, String article, boolean direct,
                           boolean suggested, AnchorState anchor) {

    static StatementRow of(Statement s, String speakerName, String kindLabel, String articleTitle) {
        return new StatementRow(s.id(), s.span().text(), speakerName == null ? "" : speakerName, s.speakerEntityId(),
                s.via() == null ? "" : s.via(), s.kind(), kindLabel, s.dateSaid(), s.articleId(), articleTitle, s.direct(),
                s.state() == ReviewState.SUGGESTED, s.anchor());
    }

    boolean matchesText(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT).strip();
        return words.toLowerCase(Locale.ROOT).contains(f) || speaker.toLowerCase(Locale.ROOT).contains(f)
                || via.toLowerCase(Locale.ROOT).contains(f);
    }
}
