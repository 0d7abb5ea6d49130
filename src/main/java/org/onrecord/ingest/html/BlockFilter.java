package org.onrecord.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Last pass over the container's blocks: drops lines that survive container choice but are not
 * article text — link lists, the repeated headline, "Read more"/"Sign up" prompts, credits,
 * all-caps promo links, and leaked escaped markup.
 */
final class BlockFilter {

    private static final double MAX_LINK_RATIO = 0.7;
    private static final int PROMPT_MAX_WORDS = 30;

    /** Openings of prompts and credits; matched at a word boundary, in blocks under 30 words. */
    private static final List<String> PROMPT_STARTS = List.of(
            "read more", "read next", "read also", "also read", "see also", "also on", "click here",
            "sign up", "subscribe", "follow us", "follow @", "image:", "image credit", "photo:",
            "photo credit", "credit:", "©", "(c)", "copyright", "last updated", "updated:",
            "updated on", "published:", "published on", "published by", "posted:", "posted on",
            "posted by", "share this", "share on", "more:", "watch:", "listen:", "you may also like",
            "you might also like", "don't miss", "get our", "join our", "download the",
            "like this story", "you may also be interested", "more great", "continue reading",
            "story continues", "scroll to continue", "this slideshow requires");

    /**
     * Section labels standing alone on a line, with at most one more word: "Advertisement",
     * "Trending now", "Comments (3)" — but not the subhead "Share prices slump".
     */
    private static final List<String> LABELS = List.of(
            "advertisement", "advert", "sponsored", "trending", "recommended", "most popular",
            "related", "comments", "tags", "share");

    /** Short end-notes that sit inside the body container but are not article text. */
    private static final List<String> NOTE_PHRASES = List.of(
            "contributed to this report", "newsletter", "©");
    private static final int NOTE_MAX_WORDS = 25;

    /** Markup that leaked into the text: escaped HTML tags, or unexpanded WordPress shortcodes. */
    private static final Pattern LEAKED_MARKUP = Pattern.compile(
            "</?[a-z][a-z0-9]*(\\s+[a-z-]+=|\\s*/?>)|\\[/[a-z_]+\\]|\\[[a-z_]+\\s+[a-z_]+=");

    /** "Related:", "Related stories:", "Follow us on Twitter…": navigation prompts, not prose. */
    private static final Pattern PROMPT_PATTERN = Pattern.compile(
            "(?i)related(\\s+\\p{L}+){0,2}\\s*:.*|related (stories|articles|coverage|content|reading|news)\\b.*"
            + "|follow\\b.*\\b(twitter|facebook|instagram)\\b.*");

    /**
     * Bylines that carry no class name to catch them by ("By Jane Doe", "By Reuters"); names are
     * capitalised, which keeps a subhead like "By the numbers".
     */
    private static final Pattern BYLINE = Pattern.compile(
            "[Bb][Yy]:?\\s+\\p{Lu}\\S*(\\s+(\\p{Lu}\\S*|and|&)){0,5}");

    private final TitleStrings titles;

    BlockFilter(TitleStrings titles) {
        this.titles = titles;
    }

    List<Block> filter(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (keep(block)) {
                kept.add(block);
            }
        }
        while (!kept.isEmpty() && kept.getLast().isHeading()) {
            kept.removeLast();
        }
        return kept;
    }

    boolean keep(Block block) {
        if (!block.inQuote() && block.linkRatio() > MAX_LINK_RATIO) {
            return false;
        }
        if (titles.isTitle(block.text())) {
            return false;
        }
        if (block.words() <= 3 && isLabel(block)) {
            return false;
        }
        if (block.words() < PROMPT_MAX_WORDS
                && (startsWithAny(block.text(), PROMPT_STARTS) || PROMPT_PATTERN.matcher(block.text()).matches())) {
            return false;
        }
        if (block.words() < NOTE_MAX_WORDS && containsNotePhrase(block.text())) {
            return false;
        }
        if (block.linkChars() > 0 && mostlyUpperCase(block.text())) {
            return false;
        }
        if (BYLINE.matcher(block.text()).matches() || Datelines.isDateline(block.text())) {
            return false;
        }
        return !LEAKED_MARKUP.matcher(block.text()).find();
    }

    private static boolean containsNotePhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : NOTE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabel(Block block) {
        for (String label : LABELS) {
            int labelWords = label.split(" ").length;
            if (block.words() <= labelWords + 1 && startsWithAny(block.text(), List.of(label))) {
                return true;
            }
        }
        return false;
    }

    /** "Subscribe" must not catch "Subscribers said…", so the phrase has to end at a word boundary. */
    private static boolean startsWithAny(String text, List<String> phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (lower.startsWith(phrase)
                    && (lower.length() == phrase.length()
                        || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))
                        || !Character.isLetterOrDigit(lower.charAt(phrase.length())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyUpperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper > 0.8 * letters;
    }
}
