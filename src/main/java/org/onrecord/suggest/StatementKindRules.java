package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a statement from its reporting verb and its words: a denying, accusing or warning
 * verb decides on its own; a neutral verb ("said", "told") leaves it to the words (a denial's
 * "fabrication", an accusation's "criminal", a threat's "counter-measures", a request or a feeling is
 * "other"); nothing found is a claim, marked unsure. General English only.
 */
public final class StatementKindRules {
    /** The kind, how sure the rule is (0..1) and why. */
    public record Verdict(String kind, double confidence, String reason) {
    }

    /** Below this, the kind is shown as unsure. */
    public static final double SURE = 0.7;

    private static final Pattern DENIAL = words("not (?:been |be )?(?:involved|responsible|behind|true|guilty|part of)",
            "no (?:evidence|involvement|connection|truth|basis|role|link|part)", "fabricat\\w*", "groundless", "baseless",
            "unfounded", "false", "untrue", "lies?", "nonsense", "absurd", "(?:do|does|did)(?: not|n[’']t) know",
            "never (?:did|had|was|were|been|hacked|said|met|knew)", "nothing to do with", "den(?:y|ies|ied)",
            "ha(?:s|d|ve) no (?:role|part|knowledge)", "not the case", "fake news", "smear", "slander\\w*", "hoax");
    private static final Pattern ACCUSATION = words("criminal", "malicious", "terroris\\w*", "blam\\w*", "guilty",
            "illegal\\w*", "crimes?", "abett\\w*", "brazen", "outrageous", "unacceptable", "corrupt\\w*", "fraud\\w*",
            "lied", "lying", "liars?", "hypocri\\w*", "racis\\w*", "accus\\w*", "culprits?", "perpetrat\\w*",
            "responsible for", "to blame", "disgrace\\w*", "shameful", "reckless", "rigged", "cover[- ]up", "scandal\\w*",
            "attacks? on", "assault on", "violat\\w*", "cheat\\w*", "steal\\w*", "stole", "destroy\\w* the");
    private static final Pattern THREAT = words("will (?:pay|regret|retaliate|respond|face|suffer|be punished)",
            "counter-?measures?", "retaliat\\w*", "merciless\\w*", "punish\\w*", "consequences", "revenge", "annihilat\\w*",
            "strike back", "wipe (?:out|off)", "(?:declare|wage) war", "ultimatum", "or else", "sanctions? against");
    private static final Pattern NO_COMMENT = words("no comment", "(?:declined|declines|decline|refused|refuses|refuse) to comment",
            "(?:would|will|could|did)(?: not|n[’']t) comment", "not (?:be )?available for comment",
            "(?:did|does|has|have)(?: not|n[’']t)(?: immediately)? (?:respond|return|reply)",
            "could(?: not|n[’']t) be reached", "request for comment");
    private static final Pattern FEELING = words("saddened", "sad", "sorry", "pleased", "happy", "delighted", "disappointed",
            "shocked", "proud", "grateful", "thankful", "regret\\w*", "excited", "thrilled", "heartbroken", "devastated",
            "upset", "honou?red", "horrified", "appalled", "outraged", "dismayed", "glad", "sadness", "condolences");
    private static final Pattern REQUEST = Pattern.compile("^(?:[\"“”'‘]\\s*)?(?:kindly|please|let us|let's|wait|stop|do not|don't|"
            + "look|listen|go|come|give|tell|ask|watch|see|imagine|remember|be patient)\\b", Pattern.CASE_INSENSITIVE);

    private StatementKindRules() {
    }

    private static Pattern words(String... alternatives) {
        return Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** A reporting phrase that says someone did not comment ("declined to comment", "did not respond to a request for comment"). */
    public static Matcher noComment(CharSequence text) {
        return NO_COMMENT.matcher(text);
    }

    public static Verdict classify(SpeechCues.Cue cue, String content) {
        String words = content.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> found = new ArrayList<>();
        String byWords = null;
        int hits = 0;
        for (var rule : List.of(new Object[] {"denial", DENIAL}, new Object[] {"threat", THREAT},
                new Object[] {"accusation", ACCUSATION})) {
            Matcher m = ((Pattern) rule[1]).matcher(words);
            int n = 0;
            String first = null;
            while (m.find()) {
                n++;
                first = first == null ? m.group() : first;
            }
            if (n > 0 && byWords == null) {
                byWords = (String) rule[0];
                hits = n;
                found.add("\"" + first + "\"");
            }
        }
        if (cue != null && cue.kindStrength() >= 0.8 && !"claim".equals(cue.kind())) {
            double sure = byWords == null || byWords.equals(cue.kind()) ? cue.kindStrength() + (byWords == null ? 0 : 0.05) : cue.kindStrength() - 0.1;
            return new Verdict(cue.kind(), Math.min(0.95, sure), "the verb \"" + cue.lemma() + "\"");
        }
        if (byWords != null) {
            double sure = hits > 1 ? 0.85 : 0.75;
            if (cue != null && byWords.equals(cue.kind())) {
                sure = 0.9;
            }
            return new Verdict(byWords, sure, found.getFirst() + " in the words");
        }
        if (cue != null && !"claim".equals(cue.kind()) && cue.kindStrength() > 0) {
            return new Verdict(cue.kind(), cue.kindStrength(), "the verb \"" + cue.lemma() + "\" (weak sign)");
        }
        Matcher feeling = FEELING.matcher(words);
        if (feeling.find()) {
            return new Verdict("other", 0.7, "a feeling (\"" + feeling.group() + "\"), not a claim");
        }
        if (REQUEST.matcher(words.strip()).find()) {
            return new Verdict("other", 0.7, "a request, not a claim");
        }
        if (words.strip().replaceAll("[\"“”'’.,\\s]+$", "").endsWith("?")) {
            return new Verdict("other", 0.7, "a question, not a claim");
        }
        if (cue != null && cue.kindStrength() > 0) {
            return new Verdict("claim", cue.kindStrength(), "the verb \"" + cue.lemma() + "\"");
        }
        return new Verdict("claim", 0.55, "no sign of denial, accusation, threat or refusal: claim by default");
    }
}
