package org.onrecord.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Deletes page furniture by tag (nav, aside, footer…) and by class/id words (related, share,
 * byline, caption…). The guard is what makes broad word lists safe: an element holding a large
 * share of the page's prose is the article, whatever its class says, so it stays. Reader
 * comments and newsletter boxes are deleted even past the guard, since long comment threads can
 * outweigh a short article.
 */
final class BoilerplateRemover {

    private static final Set<String> FURNITURE_TAGS = Set.of(
            "nav", "aside", "footer", "header", "form", "menu", "figure", "figcaption");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "complementary", "contentinfo", "banner", "menu", "dialog", "search");

    /** Share of the page's prose above which only "always" boilerplate may be deleted. */
    static final double GUARD_SHARE = 0.3;

    private BoilerplateRemover() {
    }

    static void remove(Element root, ContentMass mass) {
        Set<Element> embedHolders = embedHolders(root);
        for (Element child : new ArrayList<>(root.children())) {
            visit(child, mass, embedHolders);
        }
    }

    private static void visit(Element element, ContentMass mass, Set<Element> embedHolders) {
        if (shouldDelete(element, mass, embedHolders)) {
            element.remove();
            return;
        }
        for (Element child : new ArrayList<>(element.children())) {
            visit(child, mass, embedHolders);
        }
    }

    private static boolean shouldDelete(Element element, ContentMass mass, Set<Element> embedHolders) {
        if (embedHolders.contains(element) || "articleBody".equalsIgnoreCase(element.attr("itemprop"))) {
            return false;
        }
        if (isInsideSentence(element)) {
            return false;
        }
        List<String> words = BoilerplateNames.words(element);
        if (BoilerplateNames.isAlwaysBoilerplate(words)) {
            return true;
        }
        boolean furniture = FURNITURE_TAGS.contains(element.normalName())
                || FURNITURE_ROLES.contains(element.attr("role"))
                || BoilerplateNames.isBoilerplate(words);
        return furniture && mass.share(element) < GUARD_SHARE;
    }

    /**
     * A link or span in the middle of a paragraph is part of a sentence whatever its class says
     * ("textTag" on a linked keyword); deleting it would cut words out of the text.
     */
    private static boolean isInsideSentence(Element element) {
        Element parent = element.parent();
        return BlockCollector.isInline(element.normalName()) && parent != null && parent.normalName().equals("p");
    }

    /**
     * Embedded posts (tweets, Instagram, TikTok) count as article text, and their wrappers often
     * carry "social" or "embed" class names.
     */
    private static Set<Element> embedHolders(Element root) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element quote : root.select(
                "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed")) {
            for (Element e = quote; e != null && e != root; e = e.parent()) {
                holders.add(e);
            }
        }
        return holders;
    }
}
