package org.onrecord.ingest.html;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's headline in its several spellings (meta titles, the title tag and its pieces, each
 * h1). The headline is not part of the body, and it often reappears inside the body container.
 */
final class TitleStrings {

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-–—:»·]\\s+|\\s*[|»]\\s*");

    private final Set<String> keys = new HashSet<>();

    TitleStrings(Document doc) {
        add(doc.select("meta[property=og:title]").attr("content"));
        add(doc.select("meta[name=twitter:title]").attr("content"));
        add(doc.select("meta[property=twitter:title]").attr("content"));
        String title = doc.title();
        add(title);
        for (String piece : TITLE_SEPARATORS.split(title)) {
            add(piece);
        }
        for (Element h1 : doc.select("h1")) {
            add(h1.text());
        }
    }

    private void add(String raw) {
        String key = TextNormalizer.key(raw);
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    boolean isTitle(String blockText) {
        return keys.contains(TextNormalizer.key(blockText));
    }
}
