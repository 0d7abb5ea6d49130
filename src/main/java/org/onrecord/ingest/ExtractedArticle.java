package org.onrecord.ingest;

import org.onrecord.model.ArticleMetadata;

/**
 * What an importer made of one file: the clean body, where it sits in the decoded original text
 * when it is a verbatim slice of it ({@code bodyStart}/{@code bodyEnd}, else -1), and the metadata
 * it found.
 */
public record ExtractedArticle(String body, int bodyStart, int bodyEnd, ArticleMetadata detected) {
    public static ExtractedArticle rebuilt(String body, ArticleMetadata detected) {
        return new ExtractedArticle(body, -1, -1, detected);
    }
}
