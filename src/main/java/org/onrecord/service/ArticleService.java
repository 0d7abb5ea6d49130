package org.onrecord.service;

import org.onrecord.model.Article;
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

/** Edits on an article itself: its publication date (re-dating its events) and its body (re-anchoring). */
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

    /** The edit that replaces the body and re-anchors the annotations (see {@link AnchorService}). */
    public AnchorService.Reanchoring replaceBody(CaseStore store, long articleId, String newBody) {
        return anchors.plan(store, articleId, newBody);
    }
}
