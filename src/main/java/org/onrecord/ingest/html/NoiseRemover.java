package org.onrecord.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * First, unconditional clean-up: elements that never carry article prose (scripts, media, form
 * controls), elements a reader never sees (a hidden duplicate of the article would otherwise
 * double the output), and small teaser cards whose heading is a link to another story.
 */
final class NoiseRemover {

    private static final Set<String> NON_CONTENT = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
            "video", "audio", "picture", "input", "select", "option", "textarea", "button", "dialog",
            "math", "link", "meta", "head", "map", "track", "source");

    private static final Set<String> CARD_TAGS = Set.of("article", "div", "li", "section");
    private static final int CARD_MAX_LETTERS = 600;

    private NoiseRemover() {
    }

    static void clean(Element root) {
        removeMatching(root);
        removeTeaserCards(root);
    }

    private static void removeMatching(Element parent) {
        for (Element child : new ArrayList<>(parent.children())) {
            if (NON_CONTENT.contains(child.normalName()) || isHidden(child)) {
                child.remove();
            } else {
                removeMatching(child);
            }
        }
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * A card is small and headed by a link: lists of other stories are built from these, and
     * their one-line summaries would otherwise pass as prose.
     */
    private static void removeTeaserCards(Element root) {
        List<Element> cards = new ArrayList<>();
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            if (!isLinkHeading(heading)) {
                continue;
            }
            Element card = heading.parent();
            while (card != null && card != root && !CARD_TAGS.contains(card.normalName())) {
                card = card.parent();
            }
            if (card != null && card != root && lettersUpTo(card, CARD_MAX_LETTERS) < CARD_MAX_LETTERS) {
                cards.add(card);
            }
        }
        for (Element card : cards) {
            card.remove();
        }
    }

    private static boolean isLinkHeading(Element heading) {
        int all = letters(heading);
        if (all == 0) {
            return false;
        }
        if (heading.closest("a") != null) {
            return true;
        }
        int linked = 0;
        for (Element link : heading.select("a")) {
            linked += letters(link);
        }
        return linked >= 0.9 * all;
    }

    private static int letters(Element element) {
        return lettersUpTo(element, Integer.MAX_VALUE);
    }

    /** Stops counting at {@code limit}: a heading's card can turn out to be the whole page. */
    private static int lettersUpTo(Element element, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String raw = text.getWholeText();
                    for (int i = 0; i < raw.length(); i++) {
                        if (!TextNormalizer.isSpace(raw.charAt(i))) {
                            count[0]++;
                        }
                    }
                }
                return count[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return count[0];
    }
}
