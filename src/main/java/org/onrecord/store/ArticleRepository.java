package org.onrecord.store;

import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.ArticleSummary;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Optional;
import org.onrecord.model.PublicationDate;

public interface ArticleRepository {
    /** Stores the article, its original bytes and its metadata in one transaction; returns its id. */
    long add(NewArticle article);

    Optional<Article> find(long id);

    Optional<Long> findIdByHash(String contentHash);

    /** Every article in import order, with its annotation counts. */
    List<ArticleSummary> summaries();

    /** Every article, bodies included, in import order. */
    List<Article> all();

    /**
     * Every article in import order with its metadata and an empty body: for what lists sources
     * without printing their text (a large case's bodies would not fit in memory at once).
     */
    List<Article> allWithoutBodies();

    /** Hands the bodies of {@code ids} to {@code each}, one at a time, in id order: none is kept. */
    void forEachBody(Collection<Long> ids, BiConsumer<Long, String> each);

    byte[] original(long id);

    /** What the importer found in the file, before any value the researcher gave. */
    ArticleMetadata detectedMetadata(long id);

    /** Records values the researcher gave (non-null fields of {@code given}) and applies them. */
    void giveMetadata(long id, ArticleMetadata given);

    int count();

    /**
     * Replaces the title, outlet, author, URL and language the researcher gave with those of
     * {@code given} (a null field withdraws it, so the detected value applies again); the given
     * publication date is left as it is. The reverse of an edit of the details.
     */
    void replaceGivenText(long id, ArticleMetadata given);

    /** What the researcher gave, field by field (null where nothing was given). */
    ArticleMetadata givenMetadata(long id);

    /**
     * Sets (or, with null, withdraws) the publication date the researcher gave; the article's
     * effective date becomes it, or the detected one when withdrawn.
     */
    void givePublicationDate(long id, PublicationDate given);

    /**
     * Replaces the body and where it sits in the original text (-1 when it is not a verbatim slice);
     * annotations are re-anchored by the caller in the same transaction.
     */
    void replaceBody(long id, String body, int bodyStart, int bodyEnd);
}
