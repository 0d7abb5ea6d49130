package org.onrecord.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Invented news pages for the extractor tests: a short article inside typical page furniture. */
final class ArticlePage {

    static final String TITLE = "Harbour council approves cheaper winter ferry fares";

    static final String LEAD = "The harbour council voted on Tuesday evening to cut winter ferry fares by a"
            + " fifth, after a long debate about how the islands keep their schools and shops open.";
    static final String SECOND = "Councillor Maren Otterby said the change would cost the town about forty"
            + " thousand crowns a year, money she believes will come back through busier island markets.";
    static final String THIRD = "Opponents argued that the ferry company, not the council, should carry the"
            + " cost, and several asked for a review of the contract before the next budget round.";
    static final String FOURTH = "The new fares start on the first of November and will be reviewed in spring,"
            + " when the council expects the first figures on passenger numbers from the operator.";

    static final String PARAGRAPHS = "<p>" + LEAD + "</p>\n<p>" + SECOND + "</p>\n<p>" + THIRD + "</p>\n<p>"
            + FOURTH + "</p>";

    private ArticlePage() {
    }

    /** A full page whose article body holds {@code bodyHtml}; {@code extraHtml} follows the article. */
    static String page(String bodyHtml, String extraHtml) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8">
                <title>%s | The Fjord Gazette</title>
                <meta property="og:title" content="%s"></head>
                <body>
                <header class="site-header"><a href="/">The Fjord Gazette</a>
                  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/weather">Weather</a></li></ul></nav></header>
                <main>
                <article>
                  <h1>%s</h1>
                  <div class="article-body">
                %s
                  </div>
                </article>
                %s
                </main>
                <footer class="site-footer"><p>The Fjord Gazette is published by an invented company that
                  exists only in these tests, and every word on this page was written for them.</p></footer>
                </body></html>
                """.formatted(TITLE, TITLE, TITLE, bodyHtml, extraHtml);
    }

    static String page(String bodyHtml) {
        return page(bodyHtml, "");
    }

    static String extract(String html) {
        return new HtmlBodyExtractor().extractBody(Jsoup.parse(html));
    }

    static Document parse(String html) {
        return Jsoup.parse(html);
    }
}
