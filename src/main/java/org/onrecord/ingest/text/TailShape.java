package org.onrecord.ingest.text;

import java.util.List;
import java.util.Set;

/**
 * What the text after a candidate section heading looks like. Teaser boxes and link lists have a
 * shape of their own — bullets, headline-like lines without full stops, blurbs cut off with
 * "[…]", dates from another year than the story's — that an article's closing paragraphs lack.
 */
record TailShape(int lines, int words, int bullets, int headlineBullets, int headlineLike, int truncated,
                 int otherYear, int sectionHeadings, boolean startsWithList) {

    static TailShape of(List<TextLine> all, boolean[] keep, int from, Set<String> bodyYears) {
        int lines = 0, words = 0, bullets = 0, headlineBullets = 0, headlineLike = 0, truncated = 0, otherYear = 0, headings = 0;
        boolean startsWithList = false;
        for (int i = from; i < all.size(); i++) {
            if (!keep[i]) continue;
            String t = all.get(i).trimmed();
            boolean bullet = BoilerplatePhrases.BULLET.matcher(all.get(i).text()).matches();
            if (lines == 0) startsWithList = bullet;
            lines++;
            words += all.get(i).words();
            boolean headline = all.get(i).words() <= 15 && !t.matches(".*[.,;!?]$");
            if (bullet) bullets++;
            if (bullet && headline) headlineBullets++;
            if (headline) headlineLike++;
            if (BoilerplatePhrases.TRUNCATED.matcher(t).matches()) truncated++;
            if (PlainTextBodyExtractor.containsOtherYear(t, bodyYears)) otherYear++;
            if (BoilerplatePhrases.TAIL_HEADING.matcher(t).matches() && PlainTextBodyExtractor.isHeading(t)) headings++;
        }
        return new TailShape(lines, words, bullets, headlineBullets, headlineLike, truncated, otherYear, headings,
                startsWithList && bullets >= 2);
    }

    /**
     * A list of headlines (items without full stops) with blurbs cut short or dated in another
     * year: a teaser box even without a "More …" heading. A list of sentences is content.
     */
    boolean isTeaserList() {
        return startsWithList && headlineBullets * 2 > bullets && (truncated >= 1 || otherYear >= 1 || bullets >= 3);
    }

    /** Enough of the promo signs that an article's last paragraphs do not show. */
    boolean looksLikePromo() {
        return bullets >= 2 || truncated >= 1 || otherYear >= 1 || sectionHeadings >= 1
                || lines >= 3 && headlineLike * 2 >= lines;
    }
}
