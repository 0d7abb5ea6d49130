package org.onrecord.dates;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a tense hint from the clause around a temporal expression. Only the clause is read, not the
 * whole sentence, because news sentences mix tenses: in "The hack, discovered Nov. 24, will cost
 * millions" the date belongs to "discovered", not to "will". Future cues win over past ones because
 * nearly every news sentence has a past reporting verb ("said") next to what is announced.
 */
final class TenseHints {
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|shall|'ll|going to|set to|scheduled|slated|plans?|planned|planning|expects?|expected"
                    + "|due to|is to|are to|upcoming|coming|next|intends?|would open|to be released|to open|to bow"
                    + "|to debut|to premiere|to launch|to start|to begin|from now|later)\\b");
    private static final Pattern PAST = Pattern.compile(
            "\\b(was|were|had|did|ago|last|earlier|previously|happened|occurred|began|took|came|went|saw|broke|fell|rose"
                    + "|hit|launched|struck|attacked|released|died|killed|arrested|resigned|announced|opened|closed)\\b");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()\\[\\]\u2014\u2013\"\u201c\u201d]|\\s-\\s");

    private TenseHints() {
    }

    /** The tense of the clause of {@code sentence} that holds {@code expression}; UNKNOWN when there is no sentence. */
    static Tense of(String sentence, String expression) {
        if (sentence == null || sentence.isBlank()) {
            return Tense.UNKNOWN;
        }
        String lower = sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String clause = clauseAround(lower, expression == null ? "" : expression.toLowerCase(Locale.ROOT));
        // the expression itself must not vote ("last month" is already resolved as past by its own rule)
        if (expression != null && !expression.isBlank()) {
            clause = clause.replace(expression.toLowerCase(Locale.ROOT), " ");
        }
        if (FUTURE.matcher(clause).find()) {
            return Tense.FUTURE;
        }
        // only unmistakable past forms: "-ed" words are as often adjectives ("the reduced dividend is payable Jan. 2")
        return PAST.matcher(clause).find() ? Tense.PAST : Tense.UNKNOWN;
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
