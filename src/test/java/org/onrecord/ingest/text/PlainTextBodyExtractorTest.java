package org.onrecord.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onrecord.ingest.ExtractedArticle;

/** Invented articles with invented page furniture around them. */
class PlainTextBodyExtractorTest {

    private final PlainTextBodyExtractor extractor = new PlainTextBodyExtractor();

    private static final String HEADLINE = "Harbour Council Rejects Plan for Second Ferry Terminal";
    private static final String BODY = """
            The harbour council voted seven to two on Tuesday night against a plan to build a second ferry terminal on the old fish market site, ending a dispute that has divided the port town for three years.

            “We cannot justify the cost to residents while the existing terminal stands half empty in winter,” said council chair Ines Moravec after the vote. Supporters of the plan said they would appeal.

            The operator, Northline Ferries, had promised two hundred jobs and a daily crossing to the islands. A spokeswoman said the company was disappointed and would study the decision before commenting further.

            Residents near the market site had collected more than four thousand signatures against the terminal, citing traffic and noise from lorries queuing for the early boats.""";

    private static String article() {
        return HEADLINE + "\n\n" + BODY;
    }

    @Test
    void returnsACleanTextWholeWithItsOffsets() {
        String text = article() + "\n";
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).isEqualTo(text);
        assertThat(a.bodyStart()).isZero();
        assertThat(a.bodyEnd()).isEqualTo(text.length());
    }

    @Test
    void dropsARedirectLineOnTopAndKeepsTheRestVerbatim() {
        String text = "You are being redirected to the story in a moment\n\n" + article();
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).isEqualTo(article());
        assertThat(text.substring(a.bodyStart(), a.bodyEnd())).isEqualTo(a.body());
    }

    @Test
    void dropsSkipLinksMenusAndCookieNoticesOnTop() {
        String text = """
                Skip to main content
                Home | World | Business | Sport | Culture
                We use cookies to improve your experience. Accept all cookies

                """ + article();
        assertThat(extractor.extract(text).body()).startsWith(HEADLINE).endsWith("early boats.");
    }

    @Test
    void cutsATeaserListUnderAMoreHeadingAtTheBottom() {
        String text = article() + """


                More News

                  • Lighthouse

                    Lighthouse Keeper's Cottage Sold at Auction for Record Sum

                    The cottage, empty since the light was automated in the eighties, went to a buyer from the capital who plans [...]

                  • Regatta

                    Storm Forces Organisers to Cancel Summer Regatta

                    For the first time in its history the regatta will not take place, the sailing club announced on [...]

                More From Our Network

                Subscribe""";
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).isEqualTo(article());
        assertThat(a.bodyStart()).isZero();
        assertThat(a.bodyEnd()).isEqualTo(article().length());
    }

    @Test
    void cutsAnUnnamedHeadingOverAListOfTeaserHeadlines() {
        String text = article() + """


                Harbour Life

                  • Lighthouse Keeper's Cottage Sold at Auction
                  • Storm Forces Organisers to Cancel Summer Regatta
                  • New Fish Market Opens Its Doors""";
        assertThat(extractor.extract(text).body()).isEqualTo(article());
    }

    @Test
    void keepsAHeadingOverAListOfSentencesBecauseThatIsContent() {
        String text = article() + """


                What the council decided

                - The terminal plan is rejected in full.
                - The market site stays in public hands.
                - A new consultation opens next spring.""";
        assertThat(extractor.extract(text).body()).isEqualTo(text);
    }

    @Test
    void cutsRelatedStoriesCommentsAndFooterAtTheBottom() {
        String text = article() + """


                Related Articles

                Ferry Operator Announces Winter Timetable

                Island Residents Demand Better Connections

                Comments (12)

                © 2014 The Example Gazette. All rights reserved.""";
        assertThat(extractor.extract(text).body()).isEqualTo(article());
    }

    @Test
    void cutsTeasersDatedInAnotherYear() {
        String text = "Harbour plan rejected, 12 March 2014\n\n" + BODY + """


                Latest Stories

                March 3, 2019: Lighthouse cottage sold

                April 9, 2019: Regatta cancelled""";
        assertThat(extractor.extract(text).body()).endsWith("early boats.");
    }

    @Test
    void dropsSharePromptsAtTheVeryEnd() {
        String text = article() + "\n\nShare this article\nFollow us on Twitter\n";
        assertThat(extractor.extract(text).body()).isEqualTo(article());
    }

    @Test
    void keepsAClosingSentenceThatMerelyMentionsReading() {
        String text = article() + "\n\nRead the full council minutes at the town hall.\n";
        assertThat(extractor.extract(text).body()).isEqualTo(text);
    }

    @Test
    void doesNotCutATeaserHeadingBeforeTheArticleHasStarted() {
        String text = "Comments\n\nShort note by the editors about this week's letters.";
        assertThat(extractor.extract(text).body()).isEqualTo(text);
    }

    @Test
    void dropsAnAuthorBioFromTheMiddleAndKeepsTheByline() {
        String text = HEADLINE + """

                The operator had promised two hundred jobs.

                Maria Lindqvist Senior reporter
                Maria Lindqvist is a senior reporter for the Example Gazette covering transport, planning and local government. She previously worked at regional papers in the north.
                Maria Lindqvist
                3 min read

                """ + BODY;
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).contains("Maria Lindqvist Senior reporter").contains("early boats.")
                .doesNotContain("covering transport").doesNotContain("3 min read")
                .doesNotContain("reporter\nMaria Lindqvist");
        assertThat(a.bodyStart()).isEqualTo(-1);
        assertThat(a.bodyEnd()).isEqualTo(-1);
        assertThat(a.detected().author()).isEqualTo("Maria Lindqvist");
    }

    @Test
    void keepsASentenceAboutAReporterWhoIsNotTheByline() {
        String text = HEADLINE + "\n\nAnna Berg is a reporter who was detained at the border on Monday, her newspaper said in a statement.\n\n" + BODY;
        assertThat(extractor.extract(text).body()).isEqualTo(text);
    }

    @Test
    void dropsAnInlineReadMoreLinkAndJoinsTheParagraphs() {
        String text = HEADLINE + "\n\nFirst paragraph of the story.\n\nREAD MORE: Ferry strike ends after two weeks\n\nSecond paragraph of the story.";
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).isEqualTo(HEADLINE + "\n\nFirst paragraph of the story.\n\nSecond paragraph of the story.");
        assertThat(a.bodyStart()).isEqualTo(-1);
    }

    @Test
    void dropsAdvertisementLinesInsideTheStory() {
        String text = HEADLINE + "\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.";
        assertThat(extractor.extract(text).body()).doesNotContain("Advertisement");
    }

    @Test
    void dropsARelatedBoxInsideTheStory() {
        String text = HEADLINE + "\n\nFirst paragraph of the story.\n\nRelated\n\nFerry Strike Ends After Two Weeks\n"
                + "Island School Gets a New Boat\n\n" + BODY;
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).doesNotContain("Related").doesNotContain("Ferry Strike Ends")
                .contains("First paragraph of the story.").endsWith("early boats.");
    }

    @Test
    void dropsShareButtonRowsAndNewsletterPrompts() {
        String text = HEADLINE + "\n\nFacebook Twitter Email\n\nFirst paragraph.\n\n"
                + "Sign up for our daily briefing newsletter\n\nSecond paragraph.";
        assertThat(extractor.extract(text).body())
                .isEqualTo(HEADLINE + "\n\nFirst paragraph.\n\nSecond paragraph.");
    }

    @Test
    void keepsWindowsLineEndsVerbatim() {
        String text = "You will be redirected back to your article in seconds\r\n\r\n" + article().replace("\n", "\r\n");
        ExtractedArticle a = extractor.extract(text);
        assertThat(a.body()).isEqualTo(article().replace("\n", "\r\n"));
        assertThat(text.substring(a.bodyStart(), a.bodyEnd())).isEqualTo(a.body());
    }

    @Test
    void detectsTheHeadlineOfTheKeptBody() {
        String text = "You will be redirected back to your article in seconds\n\n" + article();
        assertThat(extractor.extract(text).detected().title()).isEqualTo(HEADLINE);
    }

    @Test
    void returnsBlankTextUnchanged() {
        assertThat(extractor.extract("  \n").body()).isEqualTo("  \n");
    }
}
