package org.onrecord.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits a subtree into {@link Block}s. A block ends at every tag that is not known to be inline
 * and at every {@code <br>}; inline pieces are joined exactly as written, so {@code <b>W</b>ord}
 * stays one word while two table cells or two br-separated lines never glue together (the scorer
 * tokenises on word characters, so a missing separator merges two words into a wrong token).
 */
final class BlockCollector {

    /** Everything else, custom elements included, is treated as a block boundary. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn",
            "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    private BlockCollector() {
    }

    static List<Block> collect(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    /**
     * Custom elements ({@code <hl-citation>}, {@code <story-body>}) carry no layout of their own:
     * one that wraps block children is a section, one that wraps only text and inline tags sits
     * inside a sentence and must not break it.
     */
    static boolean isInline(Element element) {
        String tag = element.normalName();
        if (INLINE.contains(tag)) {
            return true;
        }
        if (Tag.isKnownTag(tag)) {
            return false;
        }
        for (Element child : element.children()) {
            if (!isInline(child)) {
                return false;
            }
        }
        return true;
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private boolean pendingSpace;
        private int letters;
        private int linkChars;
        private int linkDepth;
        private int quoteDepth;

        Collector(Element root) {
            owners.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush();
                } else if (!isInline(element)) {
                    flush();
                    owners.push(element);
                    if (tag.equals("blockquote")) {
                        quoteDepth++;
                    }
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    return;
                }
                if (owners.peek() == element) {
                    flush();
                    if (owners.size() > 1) {
                        owners.pop();
                    }
                    if (tag.equals("blockquote")) {
                        quoteDepth--;
                    }
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
            }
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (TextNormalizer.isSpace(c)) {
                    pendingSpace = text.length() > 0;
                    continue;
                }
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                }
                text.append(c);
                letters++;
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }

        void flush() {
            if (text.length() > 0) {
                blocks.add(new Block(text.toString(), owners.peek(), letters, linkChars, quoteDepth > 0));
            }
            text.setLength(0);
            pendingSpace = false;
            letters = 0;
            linkChars = 0;
        }
    }
}
