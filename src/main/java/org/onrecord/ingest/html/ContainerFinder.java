package org.onrecord.ingest.html;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Chooses the element(s) whose blocks make the article. Publisher microdata
 * ({@code itemprop=articleBody}) is trusted first: it is rarely wrong once hidden copies are gone.
 */
final class ContainerFinder {

    private static final int MIN_MICRODATA_LETTERS = 250;

    private ContainerFinder() {
    }

    static List<Element> find(Element root, List<Block> blocks) {
        ContentScorer scorer = new ContentScorer(root, blocks);
        Element microdata = largestMicrodataBody(root, scorer);
        if (microdata != null) {
            return List.of(microdata);
        }
        Element container = scorer.bestContainer();
        return SiblingJoiner.join(container, scorer, root);
    }

    private static Element largestMicrodataBody(Element root, ContentScorer scorer) {
        Element best = null;
        for (Element candidate : root.getElementsByAttributeValue("itemprop", "articleBody")) {
            int letters = scorer.letters(candidate);
            if (letters > MIN_MICRODATA_LETTERS && (best == null || letters > scorer.letters(best))) {
                best = candidate;
            }
        }
        return best;
    }
}
