package org.onrecord.service;

import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DateValue;
import org.onrecord.model.Event;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Edits on an article itself: the details the researcher gives (title, outlet, author, URL), its
 * publication date (re-dating its events) and its body (re-anchoring).
 */
public final class ArticleService {
    private final DateProposer proposer;
    private final AnchorService anchors;

    public ArticleService(DateProposer proposer, AnchorService anchors) {
        this.proposer = Objects.requireNonNull(proposer);
        this.anchors = Objects.requireNonNull(anchors);
    }

    /**
     * The edit that sets the publication date the researcher gives ({@code null} withdraws it, so
     * the detected one applies again) and re-resolves, through the {@link DateProposer}, every
     * event of the article whose date is not fixed; an event nothing can be read from keeps its date.
     */
    public RowEdit changePublicationDate(CaseStore store, long articleId, PublicationDate given) {
        Article article = Checks.article(store, articleId);
        PublicationDate oldGiven = store.articles().givenMetadata(articleId).published();
        PublicationDate effective = given != null ? given : store.articles().detectedMetadata(articleId).published();
        List<RowChange<?>> changes = new ArrayList<>();
        changes.add(RowChange.changed(Table.GIVEN_DATE, new Table.GivenDate(articleId, oldGiven),
                new Table.GivenDate(articleId, given)));
        int redated = 0;
        for (Event e : store.events().in(articleId)) {
            if (e.dateFixed()) {
                continue;
            }
            Optional<DateValue> proposed = proposer.propose(e.span().text(), effective == null ? null : effective.date());
            if (proposed.isPresent() && !proposed.get().equals(e.date())) {
                changes.add(RowChange.changed(Table.EVENT, e, new Event(e.id(), e.articleId(), e.span(), proposed.get(),
                        e.description(), false, e.origin(), e.state(), e.anchor())));
                redated++;
            }
        }
        String date = given == null ? "the detected one" : given.date() + " (" + given.precision().code() + ")";
        return new RowEdit("Set the publication date of " + article.displayTitle() + " to " + date
                + (redated > 0 ? "; " + redated + " event(s) re-dated" : ""), changes);
    }

    /**
     * The edit that records the details the researcher gave: each non-blank title, outlet, author,
     * URL and language of {@code given} replaces the value given before (the others keep theirs), and
     * a publication date goes through {@link #changePublicationDate}. Empty when nothing would change.
     */
    public Optional<RowEdit> giveMetadata(CaseStore store, long articleId, ArticleMetadata given) {
        Article article = Checks.article(store, articleId);
        ArticleMetadata oldGiven = store.articles().givenMetadata(articleId);
        Table.GivenText before = givenText(articleId, oldGiven);
        Table.GivenText after = new Table.GivenText(articleId, pick(given.title(), before.title()),
                pick(given.outlet(), before.outlet()), pick(given.author(), before.author()), pick(given.url(), before.url()),
                pick(given.language(), before.language()));
        List<RowChange<?>> changes = new ArrayList<>();
        List<String> what = new ArrayList<>();
        if (!after.equals(before)) {
            changes.add(RowChange.changed(Table.GIVEN_TEXT, before, after));
            what.add("Change the " + changedFields(before, after) + " of " + article.displayTitle());
        }
        if (given.published() != null && !given.published().equals(oldGiven.published())) {
            RowEdit dated = changePublicationDate(store, articleId, given.published());
            changes.addAll(dated.changes());
            what.add(dated.describe());
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new RowEdit(String.join("; ", what), changes));
    }

    /** As the store keeps them: stripped, blank meaning none (so undo finds the row as it left it). */
    private static Table.GivenText givenText(long articleId, ArticleMetadata m) {
        return new Table.GivenText(articleId, pick(m.title(), null), pick(m.outlet(), null), pick(m.author(), null),
                pick(m.url(), null), pick(m.language(), null));
    }

    private static String pick(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String changedFields(Table.GivenText a, Table.GivenText b) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) {
            fields.add("title");
        }
        if (!Objects.equals(a.outlet(), b.outlet())) {
            fields.add("outlet");
        }
        if (!Objects.equals(a.author(), b.author())) {
            fields.add("author");
        }
        if (!Objects.equals(a.url(), b.url())) {
            fields.add("URL");
        }
        if (!Objects.equals(a.language(), b.language())) {
            fields.add("language");
        }
        return String.join(", ", fields);
    }

    /** The edit that replaces the body and re-anchors the annotations (see {@link AnchorService}). */
    public AnchorService.Reanchoring replaceBody(CaseStore store, long articleId, String newBody) {
        return anchors.plan(store, articleId, newBody);
    }
}
