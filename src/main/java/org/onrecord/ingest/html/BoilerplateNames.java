package org.onrecord.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Reads an element's class and id as words. Short words must match a whole word ("ad" must not hit
 * "header" or "shadow"); long, distinctive words may appear inside a word ("relatedStories").
 */
final class BoilerplateNames {

    private static final Pattern SPLIT = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");

    /**
     * Blog engines label a post with its categories and tags ("category-newsletters",
     * "tag-social-media"); those describe the story, not the page layout.
     */
    private static final Pattern TAXONOMY_CLASS = Pattern.compile(
            "(category|tag|post_tag|format|status|type|postid)[-_]", Pattern.CASE_INSENSITIVE);

    /** Short or common words: only a whole word counts ("ad" is not in "header"). */
    private static final Set<String> WHOLE_WORDS = Set.of(
            "ad", "ads", "adv", "bio", "tag", "tags", "nav", "menu", "date", "meta", "print", "hidden",
            "share", "shares", "dek", "credit", "credits", "login", "sponsor", "sponsored", "toolbar",
            "signup", "teaser", "teasers", "more", "masthead", "recirc", "rail");

    /** Distinctive words, matched inside longer class names too ("relatedStories", "sidebarLeft"). */
    private static final List<String> WORD_PARTS = List.of(
            "comment", "related", "social", "newsletter", "subscri", "sidebar", "promo", "advert",
            "breadcrumb", "byline", "caption", "popular", "trending", "recommend", "outbrain",
            "taboola", "navigation", "navbar", "widget", "cookie", "modal", "popup", "overlay",
            "pagination", "timestamp", "dateline", "standfirst", "subtitle", "kicker", "gallery",
            "carousel", "slider", "disclaimer", "affiliate", "disqus", "sharing", "sharebar",
            "sharethis", "readmore", "author", "footer");

    /** Never article text, even when they hold a lot of prose: reader comments and sign-up boxes. */
    private static final List<String> ALWAYS_PARTS = List.of(
            "comments", "commentlist", "disqus", "outbrain", "taboola", "newsletter", "cookie");
    private static final Set<String> ALWAYS_WORDS = Set.of("comment", "comments", "reply", "replies");

    private static final List<String> POSITIVE_PARTS = List.of(
            "article", "body", "content", "entry", "main", "post", "text", "story", "blog");

    private BoilerplateNames() {
    }

    static List<String> words(Element element) {
        List<String> out = new ArrayList<>();
        addWords(element.id(), out);
        for (String className : element.classNames()) {
            if (!TAXONOMY_CLASS.matcher(className).lookingAt()) {
                addWords(className, out);
            }
        }
        return out;
    }

    private static void addWords(String name, List<String> out) {
        for (String part : SPLIT.split(name)) {
            if (!part.isEmpty()) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
    }

    static boolean isBoilerplate(List<String> words) {
        for (String word : words) {
            if (WHOLE_WORDS.contains(word)) {
                return true;
            }
            for (String part : WORD_PARTS) {
                if (word.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAlwaysBoilerplate(List<String> words) {
        for (String word : words) {
            if (ALWAYS_WORDS.contains(word)) {
                return true;
            }
            for (String part : ALWAYS_PARTS) {
                if (word.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isPositive(List<String> words) {
        for (String word : words) {
            for (String part : POSITIVE_PARTS) {
                if (word.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }
}
