package org.onrecord.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ingest.html.ArticlePage.FOURTH;
import static org.onrecord.ingest.html.ArticlePage.LEAD;
import static org.onrecord.ingest.html.ArticlePage.PARAGRAPHS;
import static org.onrecord.ingest.html.ArticlePage.SECOND;
import static org.onrecord.ingest.html.ArticlePage.THIRD;
import static org.onrecord.ingest.html.ArticlePage.extract;
import static org.onrecord.ingest.html.ArticlePage.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlBodyExtractorTest {

    private static final String COMMENT = "I have taken this ferry every week for twenty years and the fares"
            + " were never the problem, the timetable is what keeps people away from the islands.";

    @Test
    void returnsArticleParagraphsOnePerLine() {
        assertThat(extract(page(PARAGRAPHS))).isEqualTo(String.join("\n", LEAD, SECOND, THIRD, FOURTH));
    }

    @Test
    void dropsNavigationAndFooter() {
        String body = extract(page(PARAGRAPHS));

        assertThat(body).doesNotContain("Weather").doesNotContain("invented company");
    }

    @Test
    void dropsHeadline() {
        assertThat(extract(page(PARAGRAPHS))).doesNotContain(ArticlePage.TITLE);
    }

    @Test
    void dropsCommentsSection() {
        String comments = """
                <section id="comments" class="comments-area"><h3>2 comments</h3>
                  <ol class="comment-list"><li><p>%s</p></li><li><p>%s</p></li></ol></section>
                """.formatted(COMMENT, COMMENT);

        String body = extract(page(PARAGRAPHS, comments));

        assertThat(body).contains(LEAD).doesNotContain("timetable is what keeps");
    }

    @Test
    void dropsCommentsSectionLongerThanTheArticle() {
        String comments = "<div class=\"comments\">" + ("<p>" + COMMENT + "</p>").repeat(8) + "</div>";

        String body = extract(page(PARAGRAPHS, comments));

        assertThat(body).contains(LEAD).doesNotContain("timetable is what keeps");
    }

    @Test
    void dropsRelatedStories() {
        String related = """
                <div class="related-stories"><h2>More from the harbour</h2>
                  <p>Fishing quotas for next season are expected to fall again, according to a report
                  the regional fisheries board released late on Friday afternoon.</p></div>
                """;

        String body = extract(page(PARAGRAPHS + related));

        assertThat(body).contains(FOURTH).doesNotContain("Fishing quotas");
    }

    @Test
    void dropsNewsletterPrompt() {
        String newsletter = """
                <div class="newsletter-signup"><p>Get the best of the Fjord Gazette delivered to your inbox
                every morning, with the weather, the ferry times and the day's headlines.</p></div>
                """;

        String body = extract(page(PARAGRAPHS + newsletter));

        assertThat(body).contains(FOURTH).doesNotContain("delivered to your inbox");
    }

    @Test
    void dropsByline() {
        String byline = "<div class=\"byline\">By Sigrun Havnaas, harbour correspondent</div>";

        assertThat(extract(page(byline + PARAGRAPHS))).doesNotContain("Sigrun Havnaas");
    }

    @Test
    void dropsFigureCaptions() {
        String figure = """
                <figure><img src="ferry.jpg" alt="">
                  <figcaption>The winter ferry leaves the north pier. Photo: Ola Brekke</figcaption></figure>
                """;

        assertThat(extract(page(figure + PARAGRAPHS))).doesNotContain("north pier");
    }

    @Test
    void keepsSubheadings() {
        String withSubhead = "<p>" + LEAD + "</p><h2>What changes for commuters</h2><p>" + SECOND + "</p>";

        assertThat(extract(page(withSubhead))).contains("\nWhat changes for commuters\n");
    }

    @Test
    void keepsListItemsAsSeparateLines() {
        String list = "<p>" + LEAD + "</p><ul><li>Adults pay forty crowns</li><li>Children travel free</li></ul>"
                + "<p>" + SECOND + "</p>";

        assertThat(extract(page(list))).contains("\nAdults pay forty crowns\nChildren travel free\n");
    }

    @Test
    void keepsBlockquotes() {
        String quote = "<p>" + LEAD + "</p><blockquote><p>We cannot let the islands empty out.</p></blockquote>"
                + "<p>" + SECOND + "</p>";

        assertThat(extract(page(quote))).contains("We cannot let the islands empty out.");
    }

    @Test
    void separatesTableCells() {
        String table = "<p>" + LEAD + "</p><table><tr><td>Route</td><td>Fare</td></tr>"
                + "<tr><td>North pier</td><td>40</td></tr></table><p>" + SECOND + "</p>";

        assertThat(extract(page(table))).contains("Route\nFare\nNorth pier\n40");
    }

    @Test
    void splitsBrSeparatedTextIntoLines() {
        String lines = "<p>" + LEAD + "</p><div>Monday: 07:15 departure<br>Tuesday: 08:30 departure<br/>"
                + "Wednesday: no service</div><p>" + SECOND + "</p>";

        assertThat(extract(page(lines)))
                .contains("Monday: 07:15 departure\nTuesday: 08:30 departure\nWednesday: no service");
    }

    @Test
    void keepsInlineTagsInsideAWordTogether() {
        String dropCap = "<p><b>T</b>he harbour council voted on Tuesday evening to cut winter ferry fares by"
                + " a fifth, after a long <em>debate</em> about schools.</p>" + "<p>" + SECOND + "</p>";

        assertThat(extract(page(dropCap))).startsWith("The harbour council").contains("long debate about");
    }

    @Test
    void treatsNonBreakingSpacesAsSpaces() {
        String nbsp = "<p>" + LEAD + "</p><p>Fares&nbsp;fall&nbsp;&nbsp;in November.</p><p>" + SECOND + "</p>";

        assertThat(extract(page(nbsp))).contains("Fares fall in November.");
    }

    @Test
    void dropsHiddenElements() {
        String hidden = "<div style=\"display: none\"><p>" + COMMENT + "</p></div>"
                + "<p hidden>Secret draft paragraph that readers never see on the page itself.</p>";

        String body = extract(page(PARAGRAPHS + hidden));

        assertThat(body).doesNotContain("timetable").doesNotContain("Secret draft");
    }

    @Test
    void prefersItempropArticleBody() {
        String html = """
                <html><body>
                <div class="story"><p>%s</p><p>%s</p>
                  <div class="extra"><p>%s</p><p>%s</p><p>%s</p></div></div>
                <div itemprop="articleBody"><p>%s</p><p>%s</p></div>
                </body></html>
                """.formatted(COMMENT, COMMENT, COMMENT, COMMENT, COMMENT, LEAD, SECOND);

        assertThat(extract(html)).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void joinsSplitBodyChunks() {
        String html = """
                <html><body><div class="page"><div class="ad-slot">Advertisement</div>
                <div class="body-chunk"><p>%s</p><p>%s</p></div>
                <div class="ad-slot">Advertisement</div>
                <div class="body-chunk"><p>%s</p><p>%s</p></div>
                </div></body></html>
                """.formatted(LEAD, SECOND, THIRD, FOURTH);

        assertThat(extract(html)).isEqualTo(String.join("\n", LEAD, SECOND, THIRD, FOURTH));
    }

    @Test
    void extractsTextFromBrokenHtml() {
        String broken = "<html><body><div><p>" + LEAD + "<p>" + SECOND + "<div><b>unclosed bold <i>and italic";

        assertThat(extract(broken)).contains(LEAD).contains(SECOND);
    }

    @Test
    void returnsEmptyStringForEmptyPage() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("<html><head><title>Nothing</title></head><body></body></html>")).isEmpty();
    }

    @Test
    void keepsPageWithOnlyShortParagraphs() {
        String html = "<html><body><p>Ferry cancelled.</p><p>Storm warning tonight.</p></body></html>";

        assertThat(extract(html)).contains("Ferry cancelled.").contains("Storm warning tonight.");
    }

    @Test
    void leavesCallerDocumentUnchanged() {
        Document doc = Jsoup.parse(page(PARAGRAPHS));
        String before = doc.outerHtml();

        new HtmlBodyExtractor().extractBody(doc);

        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void keepsBlogPostWhoseCategoryClassesNameBoilerplate() {
        String html = "<html><body><article class=\"post type-post category-newsletter tag-cookies\">"
                + PARAGRAPHS + "</article></body></html>";

        assertThat(extract(html)).contains(LEAD).contains(FOURTH);
    }

    @Test
    void fallsBackToHiddenTextWhenThatIsAllThePageHas() {
        String html = "<html><body><div style=\"display:none\"><p>Ferry cancelled.</p></div></body></html>";

        assertThat(extract(html)).isEqualTo("Ferry cancelled.");
    }
}
