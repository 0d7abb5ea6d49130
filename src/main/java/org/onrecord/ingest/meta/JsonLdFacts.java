package org.onrecord.ingest.meta;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD says about its article: headline, publisher, authors, URL, publication
 * date and language. Blocks may be single objects, arrays or {@code @graph}s whose nodes point at
 * each other by {@code @id}; the article node is the one typed as an article. A block that is not
 * valid JSON is still searched for its few plain keys, and nothing here ever throws.
 *
 * <p>Blocks are read with Jackson made forgiving the ways hand-made pages need: comments,
 * trailing and doubled commas, single quotes, unquoted keys, raw line breaks in strings, any
 * character escaped, loose numbers, and CDATA or HTML-comment wrappers around the JSON.
 */
record JsonLdFacts(String headline, String publisher, List<String> authors, String url,
                   String datePublished, String language) {

    static final JsonLdFacts NONE = new JsonLdFacts(null, null, List.of(), null, null, null);

    private static final Pattern HEADLINE = key("headline");
    private static final Pattern DATE_PUBLISHED = key("datePublished");
    private static final Pattern AUTHOR_NAME = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?(?:\\{[^{}]*?\"name\"\\s*:\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            .build();
    /** A byte-order mark and CDATA or HTML-comment wrappers that some pages put around the JSON. */
    private static final Pattern WRAPPER_START = Pattern.compile(
            "^\\uFEFF?\\s*(?:<!\\[CDATA\\[|<!--|/\\*<!\\[CDATA\\[\\*/|//<!\\[CDATA\\[)?");
    private static final Pattern WRAPPER_END = Pattern.compile("(?:]]>|-->|/\\*]]>\\*/|//]]>)?\\s*$");

    static JsonLdFacts of(Document doc) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            try {
                collect(parse(json), nodes, 0);
            } catch (JacksonException | RuntimeException e) {
                unreadable.add(json); // broken JSON-LD is common; fall back to its plain keys
            }
        }
        JsonLdFacts parsed = fromNodes(nodes);
        if (parsed != null) {
            return parsed;
        }
        for (String json : unreadable) {
            JsonLdFacts scraped = scrape(json);
            if (scraped != null) return scraped;
        }
        return NONE;
    }

    /** Objects become maps, arrays lists, the rest strings, numbers, booleans or null. */
    static Object parse(String block) throws JacksonException {
        String json = WRAPPER_END.matcher(WRAPPER_START.matcher(block).replaceFirst("")).replaceFirst("");
        return LENIENT.readValue(json, Object.class);
    }

    private static void collect(Object value, List<Map<String, Object>> nodes, int depth) {
        if (depth > 16) return;
        if (value instanceof List<?> list) {
            for (Object item : list) collect(item, nodes, depth + 1);
        } else if (value instanceof Map<?, ?> raw) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) raw;
            nodes.add(map);
            for (Object child : map.values()) {
                if (child instanceof Map || child instanceof List) collect(child, nodes, depth + 1);
            }
        }
    }

    private static JsonLdFacts fromNodes(List<Map<String, Object>> nodes) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> n : nodes) {
            if (n.get("@id") instanceof String id && n.size() > 1) byId.putIfAbsent(id, n);
        }
        Map<String, Object> article = nodes.stream().filter(JsonLdFacts::isArticle).findFirst()
                .orElseGet(() -> nodes.stream().filter(n -> n.get("headline") instanceof String).findFirst().orElse(null));
        if (article == null) return null;
        return new JsonLdFacts(
                text(article.get("headline")),
                name(article.get("publisher"), byId),
                names(article.get("author"), byId),
                firstNonNull(text(article.get("url")), idOrUrl(article.get("mainEntityOfPage"))),
                text(article.get("datePublished")),
                language(article.get("inLanguage")));
    }

    private static boolean isArticle(Map<String, Object> node) {
        Object type = node.get("@type");
        List<?> types = type instanceof List<?> l ? l : type == null ? List.of() : List.of(type);
        for (Object t : types) {
            if (t instanceof String s && (s.endsWith("Article") || s.equals("BlogPosting")
                    || s.equals("LiveBlogPosting") || s.equals("Report"))) {
                return true;
            }
        }
        return false;
    }

    private static String name(Object value, Map<String, Map<String, Object>> byId) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : name(list.getFirst(), byId);
        }
        if (value instanceof Map<?, ?> map) {
            Object n = map.get("name");
            if (n == null && map.get("@id") instanceof String id && byId.containsKey(id)) {
                n = byId.get(id).get("name");
            }
            return text(n);
        }
        return text(value);
    }

    private static List<String> names(Object value, Map<String, Map<String, Object>> byId) {
        List<String> out = new ArrayList<>();
        List<?> items = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
        for (Object item : items) {
            String n = name(item, byId);
            if (n != null && !n.matches("(?i)https?://.*") && !out.contains(n)) out.add(n);
        }
        return List.copyOf(out);
    }

    private static String idOrUrl(Object value) {
        if (value instanceof Map<?, ?> map) {
            return firstNonNull(text(map.get("@id")), text(map.get("url")));
        }
        return text(value);
    }

    private static String language(Object value) {
        if (value instanceof Map<?, ?> map) {
            return firstNonNull(text(map.get("alternateName")), text(map.get("name")));
        }
        return text(value);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) return text(list.getFirst());
        if (value instanceof String s && !s.isBlank()) return s.strip();
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static JsonLdFacts scrape(String json) {
        String headline = first(HEADLINE, json);
        String date = first(DATE_PUBLISHED, json);
        String author = first(AUTHOR_NAME, json);
        if (headline == null && date == null && author == null) return null;
        return new JsonLdFacts(headline, null, author == null ? List.of() : List.of(author), null, date, null);
    }

    private static String first(Pattern p, String json) {
        Matcher m = p.matcher(json);
        return m.find() && !m.group(1).isBlank() ? m.group(1).replace("\\\"", "\"").replace("\\/", "/").strip() : null;
    }

    private static Pattern key(String name) {
        return Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    }
}
