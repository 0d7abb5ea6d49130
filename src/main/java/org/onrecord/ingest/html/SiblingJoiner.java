package org.onrecord.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Adds the container's siblings that belong to the article: a lead paragraph set just outside the
 * body wrapper, or the next chunk of a body the page split into several same-class sections.
 */
final class SiblingJoiner {

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    private SiblingJoiner() {
    }

    static List<Element> join(Element container, ContentScorer scorer, Element root) {
        Element parent = container.parent();
        if (container == root || parent == null) {
            return List.of(container);
        }
        double topScore = scorer.score(container);
        double threshold = Math.max(10, topScore * 0.2);
        String containerClass = container.className().trim();
        List<Element> joined = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == container || belongs(sibling, containerClass, topScore, threshold, scorer)) {
                joined.add(sibling);
            }
        }
        return joined;
    }

    private static boolean belongs(Element sibling, String containerClass, double topScore,
                                   double threshold, ContentScorer scorer) {
        boolean sameClass = !containerClass.isEmpty() && containerClass.equals(sibling.className().trim());
        if (sameClass && holdsProse(sibling, scorer)) {
            return true;
        }
        double bonus = sameClass ? topScore * 0.2 : 0;
        if (scorer.isScored(sibling) && scorer.score(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        int letters = scorer.letters(sibling);
        double density = scorer.linkDensity(sibling);
        if (letters > 80) {
            return density < 0.25;
        }
        return letters > 0 && density == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }

    private static boolean holdsProse(Element element, ContentScorer scorer) {
        return scorer.letters(element) >= 100 && scorer.linkDensity(element) <= 0.3;
    }
}
