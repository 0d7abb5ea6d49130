package org.onrecord.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * How much running prose each element holds. Boilerplate deletion consults it so that a
 * misleading class name ("post-meta-content", a page-wide "sidebar-layout") can never take the
 * article down with it.
 */
final class ContentMass {

    private final Map<Element, Integer> mass = new IdentityHashMap<>();
    private final int total;

    ContentMass(List<Block> blocks) {
        int sum = 0;
        for (Block block : blocks) {
            if (!block.isProse()) {
                continue;
            }
            sum += block.letters();
            for (Element e = block.owner(); e != null; e = e.parent()) {
                mass.merge(e, block.letters(), Integer::sum);
            }
        }
        total = sum;
    }

    /** Share of the page's prose inside {@code element}, 0 when the page has none. */
    double share(Element element) {
        return total == 0 ? 0 : mass.getOrDefault(element, 0) / (double) total;
    }
}
