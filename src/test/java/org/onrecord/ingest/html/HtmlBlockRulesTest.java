package org.onrecord.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.ingest.html.ArticlePage.FOURTH;
import static org.onrecord.ingest.html.ArticlePage.LEAD;
import static org.onrecord.ingest.html.ArticlePage.PARAGRAPHS;
import static org.onrecord.ingest.html.ArticlePage.SECOND;
import static org.onrecord.ingest.html.ArticlePage.extract;
import static org.onrecord.ingest.html.ArticlePage.page;

import org.junit.jupiter.api.Test;

/** The line-level rules: what single blocks inside the article container are kept or dropped. */
class HtmlBlockRulesTest {

    @Test
    void dropsPublicationStampLine() {
        String stamp = "<p>Updated Nov. 4, 2031, 9:28 AM UTC</p>";

        assertThat(extract(page(stamp + PARAGRAPHS))).doesNotContain("9:28");
    }

    @Test
    void keepsBareTimesOfALiveBlog() {
        String live = "<h3>4:14 p.m.</h3><p>" + LEAD + "</p><h3>10 p.m.</h3><p>" + SECOND + "</p>";

        assertThat(extract(page(live))).contains("4:14 p.m.").contains("10 p.m.");
    }

    @Test
    void dropsBareByline() {
        assertThat(extract(page("<p>By Sigrun Havnaas</p>" + PARAGRAPHS))).doesNotContain("Havnaas");
    }

    @Test
    void keepsSubheadStartingWithBy() {
        String subhead = "<p>" + LEAD + "</p><h2>By the numbers</h2><p>" + SECOND + "</p>";

        assertThat(extract(page(subhead))).contains("By the numbers");
    }

    @Test
    void dropsReadMorePrompt() {
        String prompt = "<p><strong>Read more:</strong> <a href=\"/x\">Island school numbers keep falling</a></p>";

        assertThat(extract(page(PARAGRAPHS + prompt))).doesNotContain("Island school");
    }

    @Test
    void keepsProseThatStartsLikeAPromptWord() {
        String prose = "<p>" + LEAD + "</p><p>Subscribers to the ferry pass will save more.</p><p>" + SECOND + "</p>";

        assertThat(extract(page(prose))).contains("Subscribers to the ferry pass will save more.");
    }

    @Test
    void dropsLinkListInsideBody() {
        String links = "<ul><li><a href=\"/a\">Storm closes the north pier</a></li>"
                + "<li><a href=\"/b\">Island shop wins regional prize</a></li></ul>";

        assertThat(extract(page(PARAGRAPHS + links))).doesNotContain("north pier");
    }

    @Test
    void keepsLinkedKeywordInsideSentence() {
        String linked = "<p>The council met in the <a class=\"textTag\" href=\"/tags/harbour\">harbour office</a>"
                + " on Tuesday to settle the winter timetable for every island route.</p>";

        assertThat(extract(page(linked + PARAGRAPHS))).contains("met in the harbour office on Tuesday");
    }

    @Test
    void keepsCustomInlineElementInsideSentence() {
        String cited = "<p>Ferry traffic grew by a tenth last year (<source-ref><a href=\"/r\">1</a></source-ref>),"
                + " the operator's annual report shows for the whole island network.</p>";

        assertThat(extract(page(cited + PARAGRAPHS))).contains("last year (1), the operator");
    }

    @Test
    void keepsEmbeddedTweet() {
        String tweet = "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>Fares down a fifth"
                + " from November! <a href=\"https://example.org/t\">example.org/t</a></p>&mdash; Harbour Council"
                + " (@harbour) <a href=\"https://example.org/s\">November 4, 2031</a></blockquote></div>";

        assertThat(extract(page("<p>" + LEAD + "</p>" + tweet + "<p>" + SECOND + "</p>")))
                .contains("Fares down a fifth from November!");
    }

    @Test
    void dropsTeaserCards() {
        String cards = """
                <div class="grid"><div class="card"><a href="/x"><h3>Storm closes the north pier</h3></a>
                  <p>Wind gusts reached storm force on the coast overnight.</p></div>
                <div class="card"><h3><a href="/y">Island shop wins regional prize</a></h3>
                  <p>The only grocer on the outer island was named the best in the county.</p></div></div>
                """;

        String body = extract(page(PARAGRAPHS, cards));

        assertThat(body).contains(FOURTH).doesNotContain("storm force").doesNotContain("best in the county");
    }

    @Test
    void countsUnspacedJapaneseTextAsProse() {
        String japanese = "<p>港の議会は火曜日の夜、冬のフェリー料金を二割下げることを決めました。島の学校と店を守るためです。</p>"
                + "<p>反対した議員は、費用は運航会社が負担するべきだと主張し、契約の見直しを求めました。</p>";
        String sidebar = "<aside class=\"sidebar\"><p>人気の記事</p></aside>";

        // The class names the sidebar layout: only the prose guard keeps this container.
        String body = extract("<html><body><div class=\"wrapper\">" + sidebar
                + "<div class=\"post with-sidebar\">" + japanese + "</div></div></body></html>");

        assertThat(body).contains("冬のフェリー料金").contains("契約の見直し").doesNotContain("人気の記事");
    }
}
