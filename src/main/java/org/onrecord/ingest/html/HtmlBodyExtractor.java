package org.onrecord.ingest.html;

import org.onrecord.ingest.ReadInterrupted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a news page into its article body as plain text, one block (paragraph, subhead, list item,
 * table row cell, quote, br-separated line) per line.
 *
 * <p>Pipeline: drop non-content and hidden elements; measure where the prose is; delete page
 * furniture by tag and class/id words unless it holds much of the prose; pick the container
 * (microdata first, else Readability-style scoring plus sibling joining); filter its blocks.
 * Works on a clone, so the caller's document can still be read for metadata.
 */
public final class HtmlBodyExtractor {

    /** Below this, a container result is suspected of having missed the article. */
    private static final int SHORT_RESULT_LETTERS = 250;

    public String extractBody(Document doc) {
        Document work = doc.clone();
        Element body = work.body();
        if (body == null) {
            return "";
        }
        TitleStrings titles = new TitleStrings(doc);
        BlockFilter filter = new BlockFilter(titles);

        NoiseRemover.clean(body);
        List<Block> everything = BlockCollector.collect(body);
        if (everything.isEmpty()) {
            // Some pages keep all their text hidden until a script reveals it; that text beats nothing.
            Element original = doc.body();
            return original == null ? "" : join(BlockCollector.collect(original));
        }
        ReadInterrupted.check();
        BoilerplateRemover.remove(body, new ContentMass(everything));
        List<Block> blocks = BlockCollector.collect(body);
        ReadInterrupted.check();

        List<Block> chosen = filter.filter(inside(ContainerFinder.find(body, blocks), blocks));
        if (letters(chosen) < SHORT_RESULT_LETTERS) {
            List<Block> wholePage = filter.filter(blocks);
            if (letters(wholePage) > 2 * letters(chosen)) {
                chosen = proseOnly(wholePage, chosen);
            }
        }
        if (chosen.isEmpty()) {
            chosen = blocks.isEmpty() ? everything : blocks;
        }
        return join(chosen);
    }

    private static List<Block> inside(List<Element> containers, List<Block> blocks) {
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(containers);
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            for (Element e = block.owner(); e != null; e = e.parent()) {
                if (chosen.contains(e)) {
                    out.add(block);
                    break;
                }
            }
        }
        return out;
    }

    /** The whole-page fallback keeps prose only, so menus and footers don't flood a short page. */
    private static List<Block> proseOnly(List<Block> wholePage, List<Block> fallback) {
        List<Block> prose = wholePage.stream().filter(Block::isProse).toList();
        return prose.isEmpty() ? fallback : prose;
    }

    private static int letters(List<Block> blocks) {
        int sum = 0;
        for (Block block : blocks) {
            sum += block.letters();
        }
        return sum;
    }

    private static String join(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(block.text());
        }
        return out.toString();
    }
}
