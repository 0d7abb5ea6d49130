package org.onrecord.ingest.text;

import java.util.List;
import java.util.regex.Matcher;

/**
 * What the text after a candidate section heading looks like. Teaser boxes and link lists have a
 * shape of their own — bullets, headline-like lines without full stops, blurbs cut off with
 * "[…]", dates from another year than the story's — that an article's closing paragraphs lack.
 */
record TailShape(int lines, int words, int bullets, int headlineBullets, int headlineLike, int truncated,
                 boolean otherYear, int sectionHeadings, boolean startsWithList) {

    /**
     * A list of headlines (items without full stops) with blurbs cut short or dated in another
     * year: a teaser box even without a "More …" heading. A list of sentences is content.
     */
    boolean isTeaserList() {
        return startsWithList && headlineBullets * 2 > bullets && (truncated >= 1 || otherYear || bullets >= 3);
    }

    /** Enough of the promo signs that an article's last paragraphs do not show. */
    boolean looksLikePromo() {
        return bullets >= 2 || truncated >= 1 || otherYear || sectionHeadings >= 1
                || lines >= 3 && headlineLike * 2 >= lines;
    }

    /**
     * Walks the kept lines from the top once, knowing at every step the shape of everything below
     * and the years of everything above, so asking at each heading costs the same however long
     * the text is (a rescan per heading made long PDFs take minutes).
     */
    static final class Walk {
        private static final int FIRST_YEAR = 1950;
        private static final int YEARS = 150;

        private final List<TextLine> all;
        private final boolean[] keep;
        private final LineShape[] shapes;
        /** Totals over the kept lines after the current one. */
        private int lines, words, bullets, headlineBullets, headlineLike, truncated, headings;
        private final int[] yearsBelow = new int[YEARS];
        private final boolean[] yearsAbove = new boolean[YEARS];
        private boolean anyYearAbove;
        private int current = -1;

        Walk(List<TextLine> all, boolean[] keep) {
            this.all = all;
            this.keep = keep;
            this.shapes = new LineShape[all.size()];
            for (int i = 0; i < all.size(); i++) {
                if (!keep[i]) continue;
                LineShape s = LineShape.of(all.get(i));
                shapes[i] = s;
                add(s, 1);
            }
        }

        /** Moves to kept line {@code index}: the lines before it become "above", it leaves "below". */
        void moveTo(int index) {
            if (current >= 0 && shapes[current] != null) above(shapes[current]);
            for (int i = current + 1; i <= index; i++) {
                if (shapes[i] == null) continue;
                add(shapes[i], -1);
                if (i < index) above(shapes[i]);
            }
            current = index;
        }

        private void above(LineShape s) {
            for (int y : s.years()) {
                anyYearAbove = true;
                yearsAbove[y - FIRST_YEAR] = true;
            }
        }

        private void add(LineShape s, int sign) {
            lines += sign;
            words += sign * s.words();
            if (s.bullet()) bullets += sign;
            if (s.bullet() && s.headline()) headlineBullets += sign;
            if (s.headline()) headlineLike += sign;
            if (s.truncated()) truncated += sign;
            if (s.sectionHeading()) headings += sign;
            for (int y : s.years()) yearsBelow[y - FIRST_YEAR] += sign;
        }

        /** The shape of the kept lines after the current one. */
        TailShape below() {
            boolean startsWithList = false;
            for (int i = current + 1; i < all.size(); i++) {
                if (shapes[i] != null) {
                    startsWithList = shapes[i].bullet();
                    break;
                }
            }
            return new TailShape(lines, words, bullets, headlineBullets, headlineLike, truncated, otherYearBelow(),
                    headings, startsWithList && bullets >= 2);
        }

        /** Whether a line below names a year that no line above does (when any line above names one). */
        private boolean otherYearBelow() {
            if (!anyYearAbove) return false;
            for (int y = 0; y < YEARS; y++) {
                if (yearsBelow[y] > 0 && !yearsAbove[y]) return true;
            }
            return false;
        }
    }

    /** What one kept line contributes to a tail's shape. */
    private record LineShape(int words, boolean bullet, boolean headline, boolean truncated, boolean sectionHeading,
                             int[] years) {
        static LineShape of(TextLine line) {
            String t = line.trimmed();
            int words = line.words();
            Matcher m = PlainTextBodyExtractor.YEAR.matcher(t);
            int[] years = m.results().mapToInt(r -> Integer.parseInt(r.group(1))).distinct().toArray();
            return new LineShape(words, BoilerplatePhrases.BULLET.matcher(line.text()).matches(),
                    words <= 15 && !t.matches(".*[.,;!?]$"),
                    BoilerplatePhrases.TRUNCATED.matcher(t).matches(),
                    BoilerplatePhrases.TAIL_HEADING.matcher(t).matches() && PlainTextBodyExtractor.isHeading(t),
                    years);
        }
    }
}
