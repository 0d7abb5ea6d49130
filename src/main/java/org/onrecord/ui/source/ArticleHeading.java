package org.onrecord.ui.source;

import org.onrecord.model.Article;
import org.onrecord.model.PublicationDate;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The line above the body: "Title · Outlet · 12 Mar 2025", as precise as the date is known. */
final class ArticleHeading {
    static final String SEPARATOR = " · ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    private ArticleHeading() {
    }

    static String of(Article article) {
        List<String> parts = new ArrayList<>(3);
        parts.add(article.displayTitle());
        String outlet = article.metadata().outlet();
        if (outlet != null && !outlet.isBlank()) {
            parts.add(outlet.strip());
        }
        if (article.metadata().published() != null) {
            parts.add(format(article.metadata().published()));
        }
        return String.join(SEPARATOR, parts);
    }

    /** A month-precise date must not read as the 1st of that month. */
    static String format(PublicationDate published) {
        return switch (published.precision()) {
            case DAY -> DAY.format(published.date());
            case WEEK -> "week of " + DAY.format(published.date());
            case MONTH -> MONTH.format(published.date());
            case QUARTER -> "Q" + ((published.date().getMonthValue() - 1) / 3 + 1) + " " + YEAR.format(published.date());
            case YEAR -> YEAR.format(published.date());
            case DECADE -> (published.date().getYear() / 10 * 10) + "s";
            case VAGUE -> "around " + YEAR.format(published.date());
        };
    }
}
