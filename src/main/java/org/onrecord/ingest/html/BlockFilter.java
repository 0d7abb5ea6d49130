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

    private static final List<String> PROMPT_STARTS = List.of(
            "read more", "read next", "read also", "also read", "see also", "also on",
            "click here", "sign up", "subscribe", "follow us", "follow @", "advertisement",
            "sponsored", "advert", "this slideshow requires", "image:", "image credit", "photo:", "photo credit", "credit:", "©",
            "(c) ", "copyright", "published", "updated", "last updated", "posted", "share this",
            "share on", "more:", "recommended", "watch:", "listen:", "trending", "most popular",
            "you may also like", "you might also like", "don't miss", "get our", "join our",
            "download the", "like this story", "you may also be interested", "more great ", "continue reading", "story continues", "scroll to continue");

    /** Markup that leaked into the text: escaped HTML tags, or unexpanded WordPress shortcodes. */
    private static final Pattern LEAKED_MARKUP = Pattern.compile(
            "</?[a-z][a-z0-9]*(\\s+[a-z-]+=|\\s*/?>)|\\[/[a-z_]+\\]|\\[[a-z_]+\\s+[a-z_]+=");

    /** "Related:", "Related stories:", "Follow us on Twitter…": navigation prompts, not prose. */
    private static final Pattern PROMPT_PATTERN = Pattern.compile(
            "(?i)related(\\s+\\p{L}+){0,2}\\s*:.*|related (stories|articles|coverage|content|reading|news)\\b.*"
            + "|follow\\b.*\\b(twitter|facebook|instagram)\\b.*");

    /** Bylines that carry no class name to catch them by: "By Jane Doe", "By Reuters". */
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+\\S+(\\s+\\S+){0,4}");

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
        if (block.words() < PROMPT_MAX_WORDS
                && (startsWithPrompt(block.text()) || PROMPT_PATTERN.matcher(block.text()).matches())) {
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

    /** Short end-notes that sit inside the body container but are not article text. */
    private static final List<String> NOTE_PHRASES = List.of(
            "contributed to this report", "newsletter", "©");
    private static final int NOTE_MAX_WORDS = 25;

    private static boolean containsNotePhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : NOTE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPrompt(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prompt : PROMPT_STARTS) {
            if (lower.startsWith(prompt)) {
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
