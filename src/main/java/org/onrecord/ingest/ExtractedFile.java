package org.onrecord.ingest;

/** A file read into an article: its media type, the charset its text was decoded with, and the extraction. */
public record ExtractedFile(String mediaType, String charset, ExtractedArticle article) {
}
