package org.onrecord.service;

import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.Entity;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;
import org.onrecord.suggest.DateSuggester;
import org.onrecord.suggest.StatementSuggestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores one article's statement suggestions: the unreviewed ones of an earlier run go, words a
 * researcher's or a reviewed statement already covers are not proposed again, a speaker who is a
 * name is linked to the entity mentioned there, and the day it was said is taken only from the
 * attribution's own words ("said Tuesday", "on Sunday"), never from the publication date.
 */
final class StatementSuggestions {
    /** How far (characters) a date may stand from the reporting verb or the speaker to date the saying. */
    private static final int DATE_REACH = 30;

    record Stored(int removed, int added) {
    }

    private StatementSuggestions() {
    }

    static Stored store(CaseStore store, Article article, List<StatementSuggestion> suggestions, DateSuggester dates) {
        List<Statement> existing = store.statements().in(article.id());
        int removed = 0;
        for (Statement s : existing) {
            if (AnalysisService.isUnreviewed(s.origin(), s.state())) {
                store.statements().delete(s.id());
                removed++;
            }
        }
        List<Statement> kept = existing.stream().filter(s -> !AnalysisService.isUnreviewed(s.origin(), s.state())).toList();
        if (suggestions.isEmpty()) {
            return new Stored(removed, 0);
        }
        Set<String> kinds = store.statements().kinds().stream().map(StatementKind::code).collect(Collectors.toSet());
        List<Mention> mentions = store.entities().mentionsIn(article.id());
        Map<Long, Entity> entities = store.entities().all().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        var published = article.metadata().published();
        LocalDate anchor = published == null || published.precision() != DatePrecision.DAY ? null : published.date();
        List<DateSuggester.Suggestion> dated = dates.suggest(article.body(), anchor).stream()
                .filter(d -> d.date().isExactDay()).toList();
        int added = 0;
        for (StatementSuggestion s : suggestions) {
            if (kept.stream().anyMatch(k -> k.span().overlaps(s.span().start(), s.span().end()))) {
                continue;
            }
            String kind = kinds.contains(s.kind()) ? s.kind() : kinds.contains("other") ? "other" : null;
            if (kind == null) {
                continue;
            }
            Entity speaker = speakerEntity(s.speakerNameSpan(), mentions, entities);
            LocalDate said = dateSaid(s, dated);
            Statement statement = new Statement(0, article.id(), s.span(), s.speaker(), speaker == null ? null : speaker.id(),
                    s.speakerSpan(), s.cueSpan(), s.via(), kind, s.direct(), said, Origin.SUGGESTED, ReviewState.SUGGESTED,
                    AnchorState.ANCHORED);
            long id = store.statements().add(statement);
            String evidence = s.evidence()
                    + (speaker == null ? "" : "\nspeaker entity: " + speaker.name() + " (named there)")
                    + (said == null ? "\ndate said: none in the attribution" : "\ndate said: " + said + " (from the attribution's words)");
            store.statements().setSuggestion(id, s.confidence(), s.kindConfidence(), evidence);
            added++;
        }
        return new Stored(removed, added);
    }

    /** The entity whose mention is the speaker's name, unless the researcher rejected it. */
    private static Entity speakerEntity(TextSpan name, List<Mention> mentions, Map<Long, Entity> entities) {
        if (name == null) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.span().overlaps(name.start(), name.end()) && m.state() != ReviewState.REJECTED) {
                Entity e = entities.get(m.entityId());
                if (e != null && e.state() != ReviewState.REJECTED) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A day named next to the reporting verb or the speaker, outside the said words. */
    private static LocalDate dateSaid(StatementSuggestion s, List<DateSuggester.Suggestion> dated) {
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateSuggester.Suggestion d : dated) {
            TextSpan at = d.span();
            if (at.start() < s.clauseStart() || at.end() > s.clauseEnd() || s.span().overlaps(at.start(), at.end())) {
                continue;
            }
            int distance = Math.min(distance(at, s.cueSpan()), distance(at, s.speakerSpan()));
            if (distance <= DATE_REACH && distance < bestDistance) {
                best = d.date().from();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(TextSpan a, TextSpan b) {
        if (b == null) {
            return Integer.MAX_VALUE;
        }
        if (a.overlaps(b.start(), b.end())) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }
}
