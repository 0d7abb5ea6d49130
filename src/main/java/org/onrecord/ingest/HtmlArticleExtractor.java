package org.onrecord.ingest;

import org.jsoup.nodes.Document;

/** Placeholder until the HTML body extractor lands: the page's visible text. */
final class HtmlArticleExtractor {
    String extractBody(Document doc) {
        return doc.body() == null ? "" : doc.body().wholeText().strip();
    }
}
