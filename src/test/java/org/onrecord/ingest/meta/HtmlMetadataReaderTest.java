package org.onrecord.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.PublicationDate;

class HtmlMetadataReaderTest {

    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private ArticleMetadata read(String html) {
        return reader.read(Jsoup.parse(html, "https://gazette.example/"));
    }

    @Test
    void prefersOpenGraphAndCanonicalLink() {
        ArticleMetadata m = read("""
                <html lang="en-GB"><head><title>Ferry plan rejected | Example Gazette</title>
                <meta property="og:title" content="Harbour council rejects ferry plan">
                <meta property="og:site_name" content="Example Gazette">
                <meta property="og:url" content="https://gazette.example/og">
                <link rel="canonical" href="/news/ferry-plan">
                <meta property="article:published_time" content="2014-12-05T23:30:00-08:00">
                <meta name="author" content="Ines Moravec">
                </head><body><h1>Other heading</h1></body></html>""");
        assertThat(m.title()).isEqualTo("Harbour council rejects ferry plan");
        assertThat(m.outlet()).isEqualTo("Example Gazette");
        assertThat(m.url()).isEqualTo("https://gazette.example/news/ferry-plan");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
        assertThat(m.author()).isEqualTo("Ines Moravec");
        assertThat(m.language()).isEqualTo("en-GB");
    }

    @Test
    void readsJsonLdGraphWithReferencedPublisherAndSeveralAuthors() {
        ArticleMetadata m = read("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"Organization","@id":"#org","name":"Example Gazette"},
                  {"@type":["NewsArticle"],"headline":"Council rejects terminal",
                   "author":[{"@type":"Person","name":"Ines Moravec"},{"@type":"Person","name":"Tom Berg"}],
                   "publisher":{"@id":"#org"},"datePublished":"2014-12-05",
                   "mainEntityOfPage":{"@id":"https://gazette.example/ld"},"inLanguage":"de-AT"}
                ]}
                </script></head><body></body></html>""");
        assertThat(m.title()).isEqualTo("Council rejects terminal");
        assertThat(m.outlet()).isEqualTo("Example Gazette");
        assertThat(m.author()).isEqualTo("Ines Moravec, Tom Berg");
        assertThat(m.url()).isEqualTo("https://gazette.example/ld");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
        assertThat(m.language()).isEqualTo("de-AT");
    }

    @Test
    void toleratesTrailingCommasInJsonLd() {
        ArticleMetadata m = read("""
                <script type="application/ld+json">[{"@type":"Article","headline":"Council rejects terminal",},]</script>""");
        assertThat(m.title()).isEqualTo("Council rejects terminal");
    }

    @Test
    void readsHandMadeJsonLdWithCommentsQuotesAndWrappers() {
        // what real pages do: a CDATA wrapper, comments, single quotes, a bare key, a raw line break
        // inside a string, a leading byte-order mark and a closing semicolon
        ArticleMetadata m = read("""
                <script type="application/ld+json">\uFEFF//<![CDATA[
                { /* the article */ '@type': 'NewsArticle', headline: 'Council rejects
                terminal', // the title
                  "author": {"name": "Ines \\M\\oravec"}, "datePublished": "2014-12-05", "wordCount": +0120,
                  "inLanguage": "de", };
                //]]></script>""");
        assertThat(m.title()).isEqualTo("Council rejects\nterminal");
        assertThat(m.author()).isEqualTo("Ines Moravec");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
        assertThat(m.language()).isEqualTo("de");
        for (String wrapper : List.of("<!-- %s -->", "<![CDATA[ %s ]]>", "/*<![CDATA[*/%s/*]]>*/")) {
            String block = wrapper.formatted("{\"@type\":\"Article\",\"headline\":\"Council rejects terminal\"}");
            assertThat(read("<script type=\"application/ld+json\">" + block + "</script>").title()).as(wrapper)
                    .isEqualTo("Council rejects terminal");
        }
    }

    @Test
    void stillFindsKeysInBrokenJsonLd() {
        ArticleMetadata m = read("""
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council rejects terminal",
                "datePublished":"2014-12-05T10:00:00Z", "author": {"name": "Ines Moravec"} "oops": [</script>""");
        assertThat(m.title()).isEqualTo("Council rejects terminal");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
        assertThat(m.author()).isEqualTo("Ines Moravec");
    }

    @Test
    void neverThrowsOnGarbageJsonLd() {
        ArticleMetadata m = read("<title>Plain page</title><script type=\"application/ld+json\">}{]]\"\\u12</script>");
        assertThat(m.title()).isEqualTo("Plain page");
    }

    @Test
    void splitsTheSiteNameOffThePageTitle() {
        ArticleMetadata m = read("<title>Harbour council rejects ferry plan - Example Gazette</title>");
        assertThat(m.title()).isEqualTo("Harbour council rejects ferry plan");
        assertThat(m.outlet()).isEqualTo("Example Gazette");
    }

    @Test
    void fallsBackToTheFirstHeading() {
        assertThat(read("<body><article><h1> Harbour council\n rejects plan </h1></article></body>").title())
                .isEqualTo("Harbour council rejects plan");
    }

    @Test
    void readsAVisibleBylineWithoutItsBy() {
        ArticleMetadata m = read("<body><article><p class=\"article-byline\">By Ines Moravec, Transport Correspondent</p></article></body>");
        assertThat(m.author()).isEqualTo("Ines Moravec");
    }

    @Test
    void ignoresAnArticleAuthorThatIsAProfileUrl() {
        ArticleMetadata m = read("<meta property=\"article:author\" content=\"https://social.example/ines\">");
        assertThat(m.author()).isNull();
    }

    @Test
    void readsTimeElementInTheArticle() {
        ArticleMetadata m = read("<body><article><time datetime=\"2014-12\">December</time></article></body>");
        assertThat(m.published()).isEqualTo(new PublicationDate(LocalDate.of(2014, 12, 1), DatePrecision.MONTH));
    }

    @Test
    void readsAVisibleDateline() {
        ArticleMetadata m = read("<body><div class=\"dateline\">PORTSMOUTH, Dec. 5, 2014</div></body>");
        assertThat(m.published()).isEqualTo(PublicationDate.day(LocalDate.of(2014, 12, 5)));
    }

    @Test
    void normalisesOpenGraphLocale() {
        assertThat(read("<meta property=\"og:locale\" content=\"en_US\">").language()).isEqualTo("en-US");
    }

    @Test
    void doesNotChangeTheDocument() {
        Document doc = Jsoup.parse("""
                <html><head><title>A | B</title><script type="application/ld+json">{"headline":"x"}</script></head>
                <body><article><p class="byline">By Ines Moravec</p><p>Text</p></article></body></html>""");
        String before = doc.outerHtml();
        reader.read(doc);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void returnsNullsForABarePage() {
        assertThat(read("<p>Nothing here</p>")).isEqualTo(ArticleMetadata.EMPTY);
    }
}
