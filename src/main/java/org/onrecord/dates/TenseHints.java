package org.onrecord.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tense of the verb governing a temporal expression. Only its clause is read, not the
 * whole sentence, because news sentences mix tenses: in "The hack, discovered Nov. 24, will cost
 * millions" the date belongs to "discovered", not to "will". Within the clause the verb cue nearest the
 * expression governs it ("said Friday it will open" is past; "said it will open Friday" ahead); on a tie
 * the future wins, and a future seen from the past ("was scheduled to expire Friday") points nowhere by itself.
 */
final class TenseHints {
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|shall|'ll|going to|set to|scheduled|slated|plans?|planned|planning|expects?|expected"
                    + "|due to|is to|are to|upcoming|coming|next|intends?|would open|to be released|to open|to bow"
                    + "|to debut|to premiere|to launch|to start|to begin|from now|later)\\b");
    private static final Pattern PAST = Pattern.compile(
            "\\b(was|were|had|did|ago|last|earlier|previously|happened|occurred|began|took|came|went|saw|broke|fell|rose"
                    + "|hit|launched|struck|attacked|released|died|killed|arrested|resigned|announced|opened|closed)\\b");
    /** Past forms that say when something was said or done, never on which side of publication a date lies. */
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|told|made|held|met|paid|sold|bought|won|lost|left|led|sent|became|gave|got|found|wrote|kept)\\b");
    /** A regular past form after a word that can end a subject ("Schwarzkopf secretly picked", "the index slipped"). */
    private static final Pattern PAST_PARTICIPLE = Pattern.compile(
            "(?<!\\b(?:the|a|an|this|that|these|those|its|their|his|her|our|of|in|on|for|with|by|to|from|is|are|be|been|being|am|previously|newly|recently) )\\b[a-z]{3,}ed\\b");
    /** The first word of a verb group that puts what follows in the past ("was to", "had been scheduled to"). */
    private static final Pattern PAST_AUXILIARY = Pattern.compile(
            "\\b(was|were|had)\\b(?: been)?(?: \\w+ly)?(?: (?:scheduled|set|expected|due|planned|slated|going|supposed))? ?$");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()\\[\\]\u2014\u2013\"\u201c\u201d]|\\s-\\s");

    private TenseHints() {
    }

    /**
     * The tense of the verb that governs {@code expression} in {@code sentence}: the verb cue nearest to it in its
     * clause, read from the first word of its verb group ("had been scheduled to expire Friday" is past: the plan was
     * made before the time spoken of). UNKNOWN when there is no sentence or no cue.
     */
    static Tense of(String sentence, String expression) {
        if (sentence == null || sentence.isBlank()) {
            return Tense.UNKNOWN;
        }
        String lower = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String expr = expression == null ? "" : expression.toLowerCase(Locale.ROOT);
        String clause = clauseAround(lower, expr);
        int at = expr.isEmpty() ? -1 : clause.indexOf(expr);
        // the expression itself must not vote ("last month" is already resolved as past by its own rule)
        String masked = at < 0 ? clause : clause.substring(0, at) + " ".repeat(expr.length()) + clause.substring(at + expr.length());
        int centre = at < 0 ? masked.length() / 2 : at;
        int futureAt = nearest(FUTURE.matcher(masked), centre, expr.length());
        int pastAt = Math.min(nearest(PAST.matcher(masked), centre, expr.length()),
                Math.min(nearest(REPORTING.matcher(masked), centre, expr.length()), nearest(PAST_PARTICIPLE.matcher(masked), centre, expr.length())));
        if (futureAt == Integer.MAX_VALUE && pastAt == Integer.MAX_VALUE) {
            return Tense.UNKNOWN;
        }
        if (futureAt <= pastAt) {
            return plannedInThePast(masked, centre, futureAt, expr.length()) ? Tense.UNKNOWN : Tense.FUTURE;
        }
        // a nearer past verb keeps the date from being read ahead, but only an unmistakable past form pushes it back:
        // "-ed" words and reporting verbs say when something was said or done, not on which side of publication a date lies
        return PAST.matcher(masked).find() ? Tense.PAST : Tense.UNKNOWN;
    }

    /** Distance in characters from the expression at [centre, centre + length) to the nearest match, or MAX_VALUE. */
    private static int nearest(Matcher m, int centre, int length) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            int d = m.end() <= centre ? centre - m.end() : m.start() >= centre + length ? m.start() - centre - length : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    /** "was scheduled to", "had been expected to": a future seen from a past time, which news reports after the fact. */
    private static boolean plannedInThePast(String clause, int centre, int distance, int length) {
        Matcher m = FUTURE.matcher(clause);
        while (m.find()) {
            int d = m.end() <= centre ? centre - m.end() : m.start() >= centre + length ? m.start() - centre - length : 0;
            if (d == distance) {
                String before = clause.substring(Math.max(0, m.start() - 30), m.start());
                return PAST_AUXILIARY.matcher(before).find();
            }
        }
        return false;
    }

    private static String clauseAround(String sentence, String expression) {
        int at = expression.isEmpty() ? -1 : sentence.indexOf(expression);
        if (at < 0) {
            return sentence;
        }
        int start = 0;
        var before = CLAUSE_BOUNDARY.matcher(sentence.substring(0, at));
        while (before.find()) {
            start = before.end();
        }
        int end = sentence.length();
        var after = CLAUSE_BOUNDARY.matcher(sentence);
        if (after.find(at + expression.length())) {
            end = after.start();
        }
        String clause = sentence.substring(start, end);
        // a clause that is only the date ("..., Dec. 25, ...") says nothing; fall back to the sentence
        return clause.replace(expression, "").isBlank() ? sentence : clause;
    }
}
