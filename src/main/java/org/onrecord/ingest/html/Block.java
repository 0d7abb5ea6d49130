package org.onrecord.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One line of page text: the run of inline text between two block boundaries (a block-level tag
 * or a {@code <br>}). {@code owner} is the nearest block-level ancestor, which is how blocks are
 * later attributed to the container that holds them.
 *
 * @param letters   non-space characters, the measure used for every length and ratio
 * @param linkChars non-space characters that sit inside an {@code <a>}
 * @param inQuote   inside a blockquote, where links are part of the content (embedded posts)
 */
record Block(String text, Element owner, int letters, int linkChars, boolean inQuote) {

    double linkRatio() {
        return letters == 0 ? 0 : (double) linkChars / letters;
    }

    int words() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * Words, counting two ideographs or kana as one: Chinese and Japanese put no spaces between
     * words, and their paragraphs must still count as prose.
     */
    int wordEstimate() {
        int unspaced = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                unspaced++;
            }
        }
        return words() + unspaced / 2;
    }

    boolean isHeading() {
        String tag = owner.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Running prose: long enough to be a sentence or more, and not mostly a link list. */
    boolean isProse() {
        return wordEstimate() >= 10 && linkRatio() <= 0.3;
    }
}
