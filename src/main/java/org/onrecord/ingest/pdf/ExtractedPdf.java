package org.onrecord.ingest.pdf;

import org.onrecord.model.ArticleMetadata;

/**
 * The text layer of a PDF (paragraphs separated by blank lines, pages in order) and what its
 * document information says about it (title, author, creation date, language).
 */
public record ExtractedPdf(String text, int pages, ArticleMetadata metadata) {
}
