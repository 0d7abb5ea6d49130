package org.onrecord.store;

import org.onrecord.model.ArticleMetadata;

/**
 * An article about to be stored: the original bytes verbatim, what was extracted from them, what
 * the importer detected and what the researcher gave (each kept apart).
 */
public record NewArticle(String fileName, String contentHash, String mediaType, String charset,
                         byte[] original, String body, int bodyStart, int bodyEnd,
                         ArticleMetadata detected, ArticleMetadata given) {
}
