package org.onrecord.report;

/**
 * A direct quote is printed between the report's own quotation marks; words that were marked
 * (or suggested) with their quotation marks around them lose those first, so the report never
 * prints ““…””.
 */
final class QuoteMarks {
    private static final String OPENING = "\"“„«";
    private static final String CLOSING = "\"”“»";

    private QuoteMarks() {
    }

    static String inside(String words) {
        String w = words.strip();
        if (w.length() >= 2 && OPENING.indexOf(w.charAt(0)) >= 0) {
            w = w.substring(1);
        }
        if (w.length() >= 2 && CLOSING.indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
