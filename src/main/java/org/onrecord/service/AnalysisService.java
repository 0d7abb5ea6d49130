package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.Event;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.store.CaseStore;
import org.onrecord.suggest.DateSuggester;

import java.util.List;

/**
 * Automatic suggestions over a case. A suggestion never overwrites a human decision: a new run
 * replaces only the suggestions nobody has reviewed yet, and never proposes words that a
 * researcher's or a reviewed item already covers. Each article is one transaction.
 */
public final class AnalysisService {
    private final DateSuggester dates = new DateSuggester();

    public record ArticleAnalysis(long articleId, String title, int removed, int suggested) {
    }

    public List<ArticleAnalysis> analyze(CaseStore store, List<Long> articleIds, Progress progress) {
        List<Article> articles = store.articles().all().stream()
                .filter(a -> articleIds.isEmpty() || articleIds.contains(a.id())).toList();
        List<ArticleAnalysis> results = new java.util.ArrayList<>();
        int done = 0;
        for (Article article : articles) {
            if (progress.isCancelled()) {
                break;
            }
            results.add(store.transaction(() -> analyzeArticle(store, article)));
            progress.update(++done, articles.size(), article.displayTitle());
        }
        return results;
    }

    private ArticleAnalysis analyzeArticle(CaseStore store, Article article) {
        List<Event> existing = store.events().in(article.id());
        int removed = 0;
        for (Event e : existing) {
            if (isUnreviewedSuggestion(e)) {
                store.events().delete(e.id());
                removed++;
            }
        }
        List<Event> kept = existing.stream().filter(e -> !isUnreviewedSuggestion(e)).toList();
        var published = article.metadata().published();
        var anchor = published == null || published.precision() != DatePrecision.DAY ? null : published.date();
        int suggested = 0;
        for (DateSuggester.Suggestion s : dates.suggest(article.body(), anchor)) {
            boolean covered = kept.stream().anyMatch(e -> e.span().overlaps(s.span().start(), s.span().end()));
            if (!covered) {
                store.events().add(new Event(0, article.id(), s.span(), s.date(), null, false, Origin.SUGGESTED,
                        ReviewState.SUGGESTED, AnchorState.ANCHORED));
                suggested++;
            }
        }
        return new ArticleAnalysis(article.id(), article.displayTitle(), removed, suggested);
    }

    private static boolean isUnreviewedSuggestion(Event e) {
        return e.origin() == Origin.SUGGESTED && e.state() == ReviewState.SUGGESTED;
    }
}
