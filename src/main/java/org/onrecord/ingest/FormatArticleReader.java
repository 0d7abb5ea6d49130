package org.onrecord.ingest;

import org.jsoup.Jsoup;
import org.onrecord.model.ArticleMetadata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads each supported format (by extension) into an article. Provisional: replaced by the full extractors. */
public final class FormatArticleReader implements ArticleReader {
    @Override
    public boolean accepts(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".pdf");
    }

    @Override
    public ExtractedFile read(String fileName, byte[] bytes) throws ImportProblem {
        if (bytes.length == 0) {
            throw new ImportProblem("empty file");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            var doc = Jsoup.parse(text);
            return new ExtractedFile("text/html", "UTF-8", ExtractedArticle.rebuilt(doc.body().text(), ArticleMetadata.EMPTY));
        }
        return new ExtractedFile("text/plain", "UTF-8", new ExtractedArticle(text, 0, text.length(), ArticleMetadata.EMPTY));
    }
}
