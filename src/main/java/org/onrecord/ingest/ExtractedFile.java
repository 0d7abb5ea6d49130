package org.onrecord.ingest;

/**
 * A file read into an article: its media type, the charset its text was decoded with, the
 * extraction, and a warning the researcher should see (null when all went well).
 */
public record ExtractedFile(String mediaType, String charset, ExtractedArticle article, String warning) {
    public ExtractedFile(String mediaType, String charset, ExtractedArticle article) {
        this(mediaType, charset, article, null);
    }
}
