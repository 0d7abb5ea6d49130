package org.onrecord.ingest.html;

import org.onrecord.ingest.ReadInterrupted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, Readability-style: every paragraph-sized block votes
 * for its ancestors (fully for the nearest, decaying further up), the votes are discounted by
 * link density, and the winner may climb to a parent that gathers several strong candidates
 * (an article split into several same-level chunks).
 */
final class ContentScorer {

    private static final int MIN_BLOCK_LETTERS = 25;
    private static final int MAX_LEVELS = 5;

    /** Blocks whose text votes for their parent rather than for themselves. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "blockquote", "section");
    private static final Set<String> UNSCORED_TAGS = Set.of(
            "li", "dt", "dd", "h1", "th", "figcaption", "caption", "option");

    private final Map<Element, int[]> text = new IdentityHashMap<>();
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Element root;

    ContentScorer(Element root, List<Block> blocks) {
        this.root = root;
        for (Block block : blocks) {
            ReadInterrupted.check();
            for (Element e = block.owner(); e != null; e = e.parent()) {
                int[] counts = text.computeIfAbsent(e, k -> new int[2]);
                counts[0] += block.letters();
                counts[1] += block.linkChars();
                if (e == root) {
                    break;
                }
            }
        }
        for (Block block : blocks) {
            vote(block);
        }
        scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
    }

    private void vote(Block block) {
        String tag = block.owner().normalName();
        if (block.letters() < MIN_BLOCK_LETTERS || UNSCORED_TAGS.contains(tag)) {
            return;
        }
        double points = 1 + commas(block.text()) + Math.min(block.letters() / 100, 3);
        Element start = PARAGRAPH_TAGS.contains(tag) ? block.owner().parent() : block.owner();
        Element e = start;
        for (int level = 0; level < MAX_LEVELS && e != null; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Element candidate = e;
            scores.computeIfAbsent(candidate, this::initialScore);
            scores.merge(candidate, points / divider, Double::sum);
            if (e == root) {
                break;
            }
            e = e.parent();
        }
    }

    private double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "article" -> 10;
            case "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        List<String> words = BoilerplateNames.words(element);
        if (BoilerplateNames.isPositive(words)) {
            score += 25;
        }
        if (BoilerplateNames.isBoilerplate(words)) {
            score -= 25;
        }
        return score;
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                count++;
            }
        }
        return count;
    }

    double score(Element element) {
        return scores.getOrDefault(element, 0.0);
    }

    boolean isScored(Element element) {
        return scores.containsKey(element);
    }

    int letters(Element element) {
        int[] counts = text.get(element);
        return counts == null ? 0 : counts[0];
    }

    double linkDensity(Element element) {
        int[] counts = text.get(element);
        return counts == null || counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /** The best container, or the root when no block was long enough to vote. */
    Element bestContainer() {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        if (ranked.isEmpty()) {
            return root;
        }
        ranked.sort(Comparator.comparingDouble(this::score).reversed());
        Element top = ranked.getFirst();
        top = commonAncestorOfStrongCandidates(top, ranked.subList(1, Math.min(5, ranked.size())));
        top = climbWhileParentScoresHigher(top);
        while (top != root && top.parent() != null && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private Element commonAncestorOfStrongCandidates(Element top, List<Element> others) {
        double topScore = score(top);
        List<Element> strong = others.stream().filter(e -> score(e) >= 0.75 * topScore).toList();
        if (strong.size() < 3) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != root; ancestor = ancestor.parent()) {
            int containing = 0;
            for (Element candidate : strong) {
                if (isAncestor(ancestor, candidate)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return ancestor;
            }
        }
        return top;
    }

    private Element climbWhileParentScoresHigher(Element top) {
        double lastScore = score(top);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (!isScored(parent)) {
                continue;
            }
            double parentScore = score(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return top;
    }

    static boolean isAncestor(Element ancestor, Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
