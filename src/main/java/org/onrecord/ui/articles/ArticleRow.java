package org.onrecord.ui.articles;

import org.onrecord.model.ArticleSummary;

import java.time.LocalDate;
import java.util.Locale;

/** One line of the article list. */
public record ArticleRow(long id, String title, String outlet, LocalDate published, String dateText,
                         int entities, int statements, int events) {

    static ArticleRow of(ArticleSummary a) {
        String date = "";
        LocalDate published = null;
        if (a.published() != null) {
            published = a.published().date();
            date = switch (a.published().precision()) {
                case YEAR -> Integer.toString(published.getYear());
                case MONTH -> published.toString().substring(0, 7);
                default -> published.toString();
            };
        }
        return new ArticleRow(a.id(), a.displayTitle(), a.outlet() == null ? "" : a.outlet(), published, date,
                a.entityCount(), a.statementCount(), a.eventCount());
    }

    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.toLowerCase(Locale.ROOT).strip();
        return title.toLowerCase(Locale.ROOT).contains(f) || outlet.toLowerCase(Locale.ROOT).contains(f) || dateText.contains(f);
    }
}
