package org.onrecord.ingest.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;

/**
 * Reads an HTML page's own statements about its article. For each field the most deliberate
 * source wins: publisher metadata (Open Graph, JSON-LD, meta tags) is written for machines and
 * rarely wrong, so it comes before what the visible page shows (an {@code <h1>}, a "By …" line,
 * a dateline), which comes before the {@code <title>} that sites pad with their own name. The
 * document is only read, never changed: the body extractor works on the same tree.
 */
public final class HtmlMetadataReader {

    /** "Headline | Site", "Headline - Site", "Headline — Site", "Headline :: Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•)\\s+");
    private static final int MAX_OUTLET_WORDS = 5;
    private static final int MAX_AUTHOR_CHARS = 120;
    private static final List<String> DATE_META_KEYS = List.of(
            "article:published_time", "article:published", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
            "publish-date", "publish_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date",
            "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
            "original-publish-date", "cxenseparse:recs:publishtime");

    private final DateStringParser dates = new DateStringParser();

    public ArticleMetadata read(Document doc) {
        JsonLdFacts ld = JsonLdFacts.of(doc);
        TitleParts pageTitle = TitleParts.of(doc.title());
        String outlet = firstOf(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"),
                pageTitle.site());
        String title = firstOf(withoutSite(meta(doc, "og:title"), outlet), withoutSite(meta(doc, "twitter:title"), outlet),
                ld.headline(), heading(doc), pageTitle.headline());
        return new ArticleMetadata(title, outlet, author(doc, ld), url(doc, ld), published(doc, ld), language(doc, ld));
    }

    // ---- title ---------------------------------------------------------------------------------

    /** The {@code <title>} split into headline and site name, when it carries one. */
    private record TitleParts(String headline, String site) {
        static TitleParts of(String title) {
            String t = clean(title);
            if (t == null) return new TitleParts(null, null);
            var m = TITLE_SEPARATOR.matcher(t);
            int cut = -1;
            int after = -1;
            while (m.find()) {
                cut = m.start();
                after = m.end();
            }
            if (cut > 0) {
                String head = t.substring(0, cut).strip();
                String site = t.substring(after).strip();
                if (!site.isEmpty() && site.split("\\s+").length <= MAX_OUTLET_WORDS && head.split("\\s+").length >= 2) {
                    return new TitleParts(head, site);
                }
            }
            return new TitleParts(t, null);
        }
    }

    private static String withoutSite(String title, String outlet) {
        if (title == null || outlet == null) return title;
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerOutlet = outlet.toLowerCase(Locale.ROOT);
        var m = TITLE_SEPARATOR.matcher(title);
        while (m.find()) {
            String before = title.substring(0, m.start()).strip();
            String after = title.substring(m.end()).strip();
            if (after.equalsIgnoreCase(outlet)) return before;
            if (before.equalsIgnoreCase(outlet) && lowerTitle.startsWith(lowerOutlet)) return after;
        }
        return title;
    }

    private static String heading(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        return h1 == null ? null : clean(h1.text());
    }

    // ---- author --------------------------------------------------------------------------------

    private static String author(Document doc, JsonLdFacts ld) {
        if (!ld.authors().isEmpty()) {
            return String.join(", ", ld.authors().stream().map(HtmlMetadataReader::cleanAuthor).toList());
        }
        String named = firstOf(meta(doc, "author"), notUrl(meta(doc, "article:author")), meta(doc, "parsely-author"),
                meta(doc, "sailthru.author"), meta(doc, "dc.creator"));
        if (named != null) return cleanAuthor(named);
        return visibleByline(doc);
    }

    /**
     * Sites put whole bylines into author fields ("By TOM KRISHER, AP Auto Writer", "Jane Doe |
     * NJ Advance Media"): keep the names when the byline pattern recognises them, else the value
     * without its "By".
     */
    private static String cleanAuthor(String value) {
        String v = value.strip();
        String names = PlainTextMetadataReader.authorOf(v.matches("(?i)by\\b.*") ? v : "By " + v);
        if (names != null) return names;
        return v.replaceFirst("(?i)^by\\s+", "").strip();
    }

    private static String visibleByline(Document doc) {
        for (Element e : doc.select("[itemprop=author], a[rel=author], [class*=byline], [class*=author-name], "
                + "[class*=authorName], [class*=article-author]")) {
            Element nameEl = e.selectFirst("[itemprop=name]");
            String raw = nameEl != null ? (nameEl.hasAttr("content") ? nameEl.attr("content") : nameEl.text())
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            String text = clean(raw);
            if (text == null || text.length() > MAX_AUTHOR_CHARS) continue;
            String byline = PlainTextMetadataReader.authorOf(text.matches("(?i)by\\b.*") ? text : "By " + text);
            if (byline != null) return byline;
        }
        return null;
    }

    private static String notUrl(String value) {
        return value == null || value.matches("(?i)https?://.*|www\\..*") ? null : value;
    }

    // ---- url -----------------------------------------------------------------------------------

    private static String url(Document doc, JsonLdFacts ld) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String href = canonical == null ? null : absolute(canonical.attr("abs:href"), canonical.attr("href"));
        return firstOf(href, absolute(meta(doc, "og:url")), absolute(ld.url()));
    }

    private static String absolute(String... candidates) {
        for (String c : candidates) {
            if (c != null && c.strip().matches("(?i)https?://\\S+")) return c.strip();
        }
        return null;
    }

    // ---- date ----------------------------------------------------------------------------------

    private PublicationDate published(Document doc, JsonLdFacts ld) {
        Optional<PublicationDate> d = dates.parse(ld.datePublished());
        for (String key : DATE_META_KEYS) {
            if (d.isPresent()) break;
            d = dates.parse(meta(doc, key));
        }
        if (d.isEmpty()) {
            Element time = doc.selectFirst("article time[datetime], main time[datetime], time[itemprop=datePublished], "
                    + "time[pubdate], time[datetime]");
            if (time != null) d = dates.parse(time.attr("datetime"));
        }
        if (d.isEmpty()) {
            for (Element e : doc.select("[class*=dateline], [class*=published], [class*=pubdate], [class*=timestamp], "
                    + "[class*=post-date], [class*=article-date], time")) {
                String text = e.text();
                if (text.length() <= 100) d = dates.find(text);
                if (d.isPresent()) break;
            }
        }
        return d.orElse(null);
    }

    // ---- language ------------------------------------------------------------------------------

    private static String language(Document doc, JsonLdFacts ld) {
        Element html = doc.selectFirst("html[lang]");
        String lang = firstOf(html == null ? null : html.attr("lang"), meta(doc, "og:locale"),
                httpEquiv(doc, "content-language"), meta(doc, "language"), ld.language());
        if (lang == null) return null;
        String first = lang.split("[,;\\s]")[0].replace('_', '-');
        return first.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*") ? first : null;
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A meta tag's content by its property, name or itemprop, case-insensitively. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || hasToken(m.attr("itemprop"), key)) {
                String v = clean(m.attr("content"));
                if (v != null) return v;
            }
        }
        return null;
    }

    /** itemprop may list several properties: "datePublished dateCreated". */
    private static boolean hasToken(String attr, String key) {
        for (String token : attr.split("\\s+")) {
            if (token.equalsIgnoreCase(key)) return true;
        }
        return false;
    }

    private static String httpEquiv(Document doc, String key) {
        for (Element m : doc.select("meta[http-equiv][content]")) {
            if (key.equalsIgnoreCase(m.attr("http-equiv"))) return clean(m.attr("content"));
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
