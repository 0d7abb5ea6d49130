package org.onrecord.ingest.text;

import java.util.List;
import java.util.regex.Pattern;
import org.onrecord.ingest.ExtractedArticle;
import org.onrecord.ingest.meta.PlainTextMetadataReader;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Separates an article's body from the page furniture that text copied out of a browser carries:
 * redirect, skip-link, cookie and menu lines on top; teaser lists, "Related", comment and
 * newsletter sections, share prompts and footers at the bottom; an author card ("Jane Doe is a
 * reporter for …", "2 min read") inside. It works from the text's shape — blank-line paragraphs,
 * bullet lists, short heading lines followed by promo blocks — and from the wording of page
 * furniture, never from any particular site.
 *
 * <p>It is conservative on purpose: a clean text (a wire story, a hand-typed transcript) comes
 * back whole, because cutting a real paragraph loses evidence, while a stray teaser line only
 * costs a little noise. When the kept part is one stretch of the text it is returned verbatim
 * with its offsets; when something was cut out of the middle the kept paragraphs are joined as
 * they were separated in the source and the offsets are -1.
 */
public final class PlainTextBodyExtractor {

    /** An article needs this many words before a teaser heading may end it. */
    private static final int MIN_BODY_WORDS = 60;
    /** Furniture on top of a page is a handful of lines; beyond that we are in the story. */
    private static final int LEADING_SCAN_LINES = 12;
    /** A heading is a short line: a few words, no sentence punctuation at the end. */
    private static final int MAX_HEADING_WORDS = 6;
    /** A link box inside a story lists a few headlines; a longer list is a section of its own. */
    private static final int MAX_LINK_BOX_ITEMS = 4;
    static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

    private final PlainTextMetadataReader metadata = new PlainTextMetadataReader();

    public ExtractedArticle extract(String text) {
        if (text == null || text.isBlank()) {
            String body = text == null ? "" : text;
            return new ExtractedArticle(body, 0, body.length(), metadata.read(body));
        }
        return extract(text, TextLines.of(text));
    }

    /** Extracts from {@code text} split into {@code lines}, which count how often the passes read a line. */
    ExtractedArticle extract(String text, TextLines lines) {
        boolean[] keep = new boolean[lines.size()];
        for (TextLine line : lines) {
            keep[line.index()] = !line.isBlank();
        }
        boolean[] original = keep.clone();

        dropLeadingFurniture(lines, keep);
        dropTail(lines, keep);
        dropTrailingFurniture(lines, keep);
        dropInlineFurniture(lines, keep);
        dropLinkBoxes(lines, keep);
        AuthorCard.drop(lines, keep);

        if (Arrays.equals(keep, original) || noneKept(keep)) {
            return new ExtractedArticle(text, 0, text.length(), metadata.read(text));
        }
        return assemble(text, lines, keep, original);
    }

    // ---- top ----------------------------------------------------------------------------------

    private static void dropLeadingFurniture(List<TextLine> lines, boolean[] keep) {
        int seen = 0;
        for (TextLine line : lines) {
            if (!keep[line.index()]) continue;
            if (++seen > LEADING_SCAN_LINES || !isLeadingFurniture(line.trimmed())) return;
            keep[line.index()] = false;
        }
    }

    static boolean isLeadingFurniture(String line) {
        if (line.split("\\s+").length > 25) return false;
        return BoilerplatePhrases.LEADING.matcher(line).matches()
                || BoilerplatePhrases.NAV_ITEMS.matcher(line).matches()
                || BoilerplatePhrases.ANYWHERE.matcher(line).matches();
    }

    // ---- bottom -------------------------------------------------------------------------------

    /**
     * Finds the first heading, after enough article, that opens a section of teasers, comments or
     * links, and drops everything from it on. A heading alone is not enough: what follows must
     * look like a promo section (bullets, short headline-like lines, teasers cut off with "[…]",
     * dates of another year), or be so short that it cannot be the rest of the story.
     */
    private static void dropTail(List<TextLine> lines, boolean[] keep) {
        TailShape.Walk walk = new TailShape.Walk(lines, keep);
        int wordsBefore = 0;
        for (TextLine line : lines) {
            if (!keep[line.index()]) continue;
            walk.moveTo(line.index());
            if (wordsBefore >= MIN_BODY_WORDS && isHeading(line.trimmed()) && opensPromoSection(line, walk.below())) {
                for (int i = line.index(); i < lines.size(); i++) keep[i] = false;
                return;
            }
            wordsBefore += line.words();
        }
    }

    private static boolean opensPromoSection(TextLine heading, TailShape tail) {
        boolean namedSection = BoilerplatePhrases.TAIL_HEADING.matcher(heading.trimmed()).matches();
        if (tail.lines() == 0) {
            return namedSection; // a dangling "Related" or "Comments" at the very end
        }
        if (tail.isTeaserList()) {
            return true; // a heading directly over a list of headlines: a teaser box
        }
        return namedSection && (tail.looksLikePromo() || tail.words() <= 40);
    }

    /** Drops share prompts, copyright lines and dangling section headings from the end. */
    private static void dropTrailingFurniture(List<TextLine> lines, boolean[] keep) {
        int keptBefore = keptBefore(keep, lines.size());
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!keep[i]) continue;
            keptBefore--;
            String t = lines.get(i).trimmed();
            boolean furniture = lines.get(i).words() <= 12
                    && (BoilerplatePhrases.TRAILING.matcher(t).matches()
                    || BoilerplatePhrases.ANYWHERE.matcher(t).matches()
                    || BoilerplatePhrases.TAIL_HEADING.matcher(t).matches() && isHeading(t));
            if (!furniture || keptBefore == 0) return;
            keep[i] = false;
        }
    }

    // ---- middle -------------------------------------------------------------------------------

    /** "Advertisement", "2 min read", "Related: Other headline" lines set into the story. */
    private static void dropInlineFurniture(List<TextLine> lines, boolean[] keep) {
        for (TextLine line : lines) {
            if (!keep[line.index()]) continue;
            String t = line.trimmed();
            if (line.words() <= 30 && (BoilerplatePhrases.ANYWHERE.matcher(t).matches()
                    || BoilerplatePhrases.INLINE_PROMO.matcher(t).matches() && !endsLikeSentence(t))) {
                keep[line.index()] = false;
            }
        }
    }

    /**
     * A "Related" box inside the story: its heading and the few headline lines under it, when a
     * real paragraph follows. Only the box goes; the story around it stays.
     */
    private static void dropLinkBoxes(List<TextLine> lines, boolean[] keep) {
        for (TextLine line : lines) {
            if (!keep[line.index()] || !BoilerplatePhrases.LINK_BOX_HEADING.matcher(line.trimmed()).matches()) continue;
            List<Integer> box = new ArrayList<>();
            int i = line.index() + 1;
            for (; i < lines.size() && box.size() <= MAX_LINK_BOX_ITEMS; i++) {
                if (!keep[i]) continue;
                TextLine next = lines.get(i);
                if (!isHeadlineLike(next)) break;
                box.add(i);
            }
            boolean storyGoesOn = i < lines.size() && keep[i] && lines.get(i).words() > 15;
            if (!box.isEmpty() && box.size() <= MAX_LINK_BOX_ITEMS && storyGoesOn) {
                keep[line.index()] = false;
                for (int k : box) keep[k] = false;
            }
        }
    }

    /** A linked headline: a short line that does not end like a sentence. */
    private static boolean isHeadlineLike(TextLine line) {
        String t = line.trimmed().replaceFirst("^[•●▪◦‣·*–—-]\\s+", "");
        return line.words() >= 3 && line.words() <= 16 && !t.matches(".*[.,;:!?][\"”’')]?$");
    }

    // ---- shapes -------------------------------------------------------------------------------

    static boolean isHeading(String line) {
        if (line.isEmpty() || line.length() > 60) return false;
        int words = line.split("\\s+").length;
        if (words > MAX_HEADING_WORDS) return false;
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != '"' && last != '”'
                && Character.isLetterOrDigit(line.codePointAt(0)) || line.endsWith(":");
    }

    static boolean endsLikeSentence(String line) {
        return line.matches(".*[.!?][\"”’')]?$") && line.split("\\s+").length > 12;
    }

    // ---- output -------------------------------------------------------------------------------

    private ExtractedArticle assemble(String text, List<TextLine> lines, boolean[] keep, boolean[] original) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (!droppedBetween(keep, original, first, last)) {
            int start = lines.get(first).start();
            int end = lines.get(last).end();
            String body = text.substring(start, end);
            return new ExtractedArticle(body, start, end, metadata.read(body));
        }
        StringBuilder body = new StringBuilder();
        int previous = -1;
        for (int i = first; i <= last; i++) {
            if (!keep[i]) continue;
            if (previous >= 0) {
                String between = text.substring(lines.get(previous).end(), lines.get(i).start());
                if (!droppedBetween(keep, original, previous, i)) {
                    body.append(between);
                } else {
                    // something was cut here: keep a paragraph break so the pieces stay apart
                    body.append("\n\n");
                }
            }
            body.append(lines.get(i).text());
            previous = i;
        }
        String rebuilt = body.toString();
        return ExtractedArticle.rebuilt(rebuilt, metadata.read(rebuilt));
    }

    private static boolean droppedBetween(boolean[] keep, boolean[] original, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (original[k] && !keep[k]) return true;
        }
        return false;
    }

    private static int keptBefore(boolean[] keep, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) if (keep[i]) n++;
        return n;
    }

    private static boolean noneKept(boolean[] keep) {
        for (boolean k : keep) if (k) return false;
        return true;
    }
}
