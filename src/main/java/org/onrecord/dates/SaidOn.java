package org.onrecord.dates;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;

/**
 * When words were said: the one rule for the editor's proposal, the statement table and the report.
 * A day is stated when the sentence around the words names it ("said on Tuesday", "told VOA on
 * Dec. 3"), resolved against the publication date. A "said on" day that is only the day the
 * article appeared, with nothing in the sentence saying so, is what a newsroom assumes when nobody
 * says when; it is shown and printed as assumed, never as a fact.
 */
public final class SaidOn {
    public static final String ASSUMED = "assumed";
    /**
     * The version of {@link #isAssumed}'s rule. Its answers are kept in the case with their inputs
     * (said_on_check), but the rule is an input too: raise this whenever a change here or in the date
     * finder may answer differently for the same words and days, so answers kept under the old rule are
     * decided again instead of staying until their statement changes.
     */
    public static final int RULE = 1;

    private static final TemporalExpressionFinder FINDER = new TemporalExpressionFinder();

    /** The day a sentence names and the words that name it. */
    public record Stated(LocalDate day, String words) {
    }

    private SaidOn() {
    }

    /** The day the sentence around {@code span} names, if it names exactly one day (resolved against {@code published}). */
    public static Optional<Stated> stated(String body, TextSpan span, LocalDate published) {
        int from = sentenceStart(body, span.start());
        int to = sentenceEnd(body, span.end());
        String sentence = body.substring(from, Math.max(from, to));
        // the first exact day decides, so the words after it are not read
        return FINDER.first(sentence, published, found -> found.resolution().filter(r -> r.date().isExactDay()).isPresent())
                .map(found -> new Stated(found.resolution().orElseThrow().date().from(), found.text().strip()));
    }

    /**
     * Whether {@code said} is only the publication day standing in for a day nobody gave: it is the
     * day the article appeared and the sentence around the words does not name it.
     */
    public static boolean isAssumed(LocalDate said, PublicationDate published, String body, TextSpan span) {
        if (said == null || published == null || published.precision() != DatePrecision.DAY || !said.equals(published.date())) {
            return false;
        }
        return body == null || stated(body, span, published.date()).map(Stated::day).filter(said::equals).isEmpty();
    }

    /** "5 Dec 2014", or "5 Dec 2014 (assumed: the day it was published)". */
    public static String label(LocalDate said, boolean assumed) {
        return said == null ? "" : DateLabels.day(said) + (assumed ? " (" + ASSUMED + ": the day it was published)" : "");
    }

    /** A sentence ends at a full stop, question or exclamation mark, or a line break (a headline has no full stop). */
    private static boolean endsSentence(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\n';
    }

    /** Short words whose full stop does not end a sentence ("said on Dec. 5", "Gov. Smith said"). */
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "st", "jr", "sr", "no", "vs", "u.s", "u.n", "u.k");

    /** A full stop at {@code i} that closes a known abbreviation. */
    private static boolean closesAbbreviation(String body, int i) {
        if (body.charAt(i) != '.') {
            return false;
        }
        int start = i;
        while (start > 0 && (Character.isLetter(body.charAt(start - 1)) || body.charAt(start - 1) == '.')) {
            start--;
        }
        return start < i && ABBREVIATIONS.contains(body.substring(start, i).toLowerCase(Locale.ROOT));
    }

    static int sentenceStart(String body, int at) {
        for (int i = Math.min(at, body.length()) - 1; i >= 0; i--) {
            if (closesAbbreviation(body, i)) {
                continue;
            }
            if (endsSentence(body.charAt(i)) && !(body.charAt(i) == '.' && i > 0 && i + 1 < at && !Character.isWhitespace(body.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String body, int at) {
        for (int i = Math.max(0, at); i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (endsSentence(c) && !closesAbbreviation(body, i) && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return body.length();
    }
}
