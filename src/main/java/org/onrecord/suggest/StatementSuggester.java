package org.onrecord.suggest;

import org.onrecord.model.TextSpan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the statements of one article body with news rules on the model's tokens: quotations
 * with the speaker and reporting verb next to them ("…," X said / X told Y, "…"), a quotation that
 * goes on after its attribution, reported speech (X denied …, X said that …, according to X, …, X
 * declined to comment), pronouns resolved to the nearest fitting speaker before them. Quoted titles,
 * names, nicknames and scare quotes are left out. Precision first: words without a speaker the
 * rules can name are not proposed.
 */
public final class StatementSuggester {
    private static final Set<String> PRONOUN_SPEAKERS = Set.of("he", "she", "they", "it", "we", "i");
    /** Prepositions before a participle whose subject is the sentence's: "responded by saying", "while insisting". */
    private static final Set<String> BY_DOING = Set.of("by", "while", "in");
    /** An owner named by a possessive stands for the pronoun: "his claim" is his, as "he claimed" is. */
    private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "their", "they");
    private static final Set<String> NP_PREPOSITIONS = Set.of("for", "of", "at", "from", "with");
    private static final Set<String> NAMING_WORDS = Set.of("so-called", "term", "terms", "word", "words", "phrase", "slogan",
            "hashtag", "dubbed", "nicknamed", "titled", "entitled", "named", "labeled", "labelled", "known", "tagline",
            "headline", "motto", "nickname", "brand", "brands", "branded");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
            "by", "with", "from", "as", "but", "nor", "de", "la", "le", "von", "van", "vs", "vs.", "is", "her", "his", "my", "our");
    private static final Pattern MEDIUM = Pattern.compile("\\b(?:in|during|on) (?:a|an|the|his|her|their|its) (?:[\\w-]+ ){0,2}?"
            + "(statement|interview|memo|letter|email|e-mail|post|tweet|message|speech|call|press release|briefing|op-ed|"
            + "broadcast|appearance|address|note|testimony|remarks|conversation|podcast) (?:to|with|for|on) ", Pattern.CASE_INSENSITIVE);
    private static final Set<String> CLAUSE_LINKS = Set.of("but", "though", "although", "while", "whereas", "and", "which",
            "who", "as", "yet");
    private static final Set<String> WRITTEN = Set.of("memo", "letter", "email", "e-mail", "note", "message", "post", "tweet");

    /** A statement while it is being found: token positions of the speaker and cue, the words as characters. */
    private static final class Found {
        int start;
        int end;
        boolean direct;
        int speakerFirst = -1;
        int speakerEnd = -1;
        int speakerHead = -1;
        int cueFirst = -1;
        int cueEnd = -1;
        SpeechCues.Cue cue;
        String via;
        String rule;
        double confidence;
        int clauseFirst;
        int clauseEnd;
        String kind;
        double kindConfidence;
        String kindReason;
        /** Set for a pronoun: the statement or name it stands for. */
        int[] antecedent;
        String speakerText;
        boolean coordinated;
    }

    record Phrase(int first, int end, int head) {
    }

    public List<StatementSuggestion> suggest(String body, NlpPipeline pipeline) {
        return suggest(body, pipeline.analyse(HyphenatedNames.open(body)));
    }

    public List<StatementSuggestion> suggest(String body, List<Token> tokens) {
        return suggest(body, tokens, null);
    }

    /** With {@code parser} (may be null), also the attributions only the dependency parse shows ({@link ParsedAttributions}). */
    public List<StatementSuggestion> suggest(String body, List<Token> tokens, Function<List<Token>, SentenceParse> parser) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        TokenText tt = new TokenText(body, tokens);
        List<QuotedSpans.Quote> quotes = QuotedSpans.find(body);
        BitSet inQuote = new BitSet(tokens.size());
        for (QuotedSpans.Quote q : quotes) {
            inQuote.set(tt.tokenAt(q.start()), tt.tokenAt(q.end()));
        }
        BitSet usedCue = new BitSet(tokens.size());
        List<Found> found = new ArrayList<>();
        laidOut(tt, quotes, usedCue, found);
        directQuotes(tt, quotes, inQuote, usedCue, found);
        noComment(tt, inQuote, usedCue, found);
        accordingTo(tt, inQuote, found);
        asPutIt(tt, inQuote, found);
        reported(tt, quotes, inQuote, usedCue, found);
        nominal(tt, inQuote, found);
        if (parser != null) {
            parsed(tt, parser, inQuote, usedCue, found);
        }
        found.sort(Comparator.comparingInt(f -> f.start));
        List<StatementSuggestion> out = new ArrayList<>();
        for (Found f : found) {
            StatementSuggestion s = finish(tt, f, found);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- direct quotes

    private void directQuotes(TokenText tt, List<QuotedSpans.Quote> quotes, BitSet inQuote, BitSet usedCue, List<Found> found) {
        Found previous = null;
        int previousSentence = -10;
        for (int n = 0; n < quotes.size(); n++) {
            QuotedSpans.Quote q = quotes.get(n);
            String inner = q.inner(tt.body);
            int qs = tt.tokenAt(q.start());
            int qe = tt.tokenAt(q.end());
            if (inner.isBlank() || qs >= qe || qs >= tt.tokens.size() || overlapsFound(found, q.start(), q.end())) {
                continue;
            }
            int words = wordCount(inner);
            if (isNameOrTitle(tt, inner, words, qs)) {
                continue;
            }
            int sentenceFirst = tt.sentenceStart(qs);
            int sentenceEnd = tt.sentenceEnd(qe - 1);
            Found f = new Found();
            f.start = q.start();
            f.end = q.end();
            f.direct = true;
            f.clauseFirst = sentenceFirst;
            f.clauseEnd = sentenceEnd;
            // a quotation interrupted by its attribution and going on in the same sentence is one statement
            QuotedSpans.Quote next = n + 1 < quotes.size() ? quotes.get(n + 1) : null;
            boolean joined = false;
            if (next != null && interrupted(tt, q, next)) {
                f.end = next.end();
                f.clauseEnd = tt.sentenceEnd(tt.tokenAt(next.end()) - 1);
                joined = true;
            }
            boolean attributed = after(tt, qe, joined ? tt.tokenAt(next.start()) : sentenceEnd, f, inQuote)
                    || before(tt, sentenceFirst, qs, f, inQuote, words <= 3, found);
            if (!attributed && qs == sentenceFirst && sentenceFirst > 0) {
                attributed = colonBefore(tt, sentenceFirst, f, inQuote, found);
            }
            if (!attributed && words >= 4 && previous != null && qs == sentenceFirst
                    && tt.sentenceOf[qs] - previousSentence <= 1 && previous.speakerFirst >= 0) {
                // the quotation runs on after the attribution of the one before
                f.speakerFirst = previous.speakerFirst;
                f.speakerEnd = previous.speakerEnd;
                f.speakerHead = previous.speakerHead;
                f.via = previous.via;
                f.clauseFirst = previous.clauseFirst;
                f.clauseEnd = previous.clauseEnd;
                f.rule = "quotation going on after the one attributed before it";
                f.confidence = 0.75;
                attributed = true;
            }
            if (!attributed) {
                continue;
            }
            if (words <= 3 && f.cueFirst < 0) {
                continue; // a few quoted words with no reporting verb next to them are a scare quote
            }
            if (f.cueFirst >= 0) {
                usedCue.set(f.cueFirst, f.cueEnd);
            }
            SpeechCues.Cue cue = f.cue;
            StatementKindRules.Verdict v = StatementKindRules.classify(cue, tt.body.substring(f.start, f.end));
            f.kind = v.kind();
            f.kindConfidence = v.confidence();
            f.kindReason = v.reason();
            reportedClauseAround(tt, f, qs); // after the kind: the quoted words themselves tell it best ("kindly wait")
            found.add(f);
            previous = f;
            previousSentence = tt.sentenceOf[Math.max(tt.tokenAt(f.end) - 1, 0)];
            if (joined) {
                n++;
            }
        }
    }

    /** Signed quotations, transcript labels and headline speakers ({@link TranscriptCues}). */
    private static void laidOut(TokenText tt, List<QuotedSpans.Quote> quotes, BitSet usedCue, List<Found> found) {
        for (TranscriptCues.Attribution a : TranscriptCues.find(tt, quotes)) {
            if (overlapsFound(found, a.start(), a.end())) {
                continue;
            }
            Found f = new Found();
            f.start = a.start();
            f.end = a.end();
            f.direct = a.direct();
            set(tt, f, new Phrase(a.speakerFirst(), a.speakerEnd(), a.speakerHead()), a.cueFirst(), a.cueEnd(), -1, a.rule(),
                    a.confidence());
            f.clauseFirst = tt.sentenceStart(Math.min(a.cueFirst(), a.speakerFirst()));
            f.clauseEnd = tt.sentenceEnd(Math.max(a.cueEnd(), a.speakerEnd()) - 1);
            classify(tt, f);
            usedCue.set(a.cueFirst(), a.cueEnd());
            found.add(f);
        }
    }

    private static boolean overlapsFound(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start < end && start < f.end);
    }

    /**
     * X said she expects the board "to settle soon": a quotation inside a reported clause is part of that clause, and the
     * statement is the whole clause from after the reporting verb (its addressee) to the end of the sentence. A quotation
     * introduced with a comma or a colon ("X said: …") stays the quotation alone.
     */
    private static void reportedClauseAround(TokenText tt, Found f, int qs) {
        if (f.cue == null || f.cueEnd > qs || f.cueFirst < 0) {
            return;
        }
        int from = f.cueEnd;
        if (f.cue.lemma().equals("tell") && f.via != null) {
            Phrase addressee = phraseFrom(tt, from, qs);
            from = addressee == null ? from : addressee.end();
        }
        if (from >= qs || tt.t(qs - 1).word().equals(",") || tt.t(qs - 1).word().equals(":") || tt.t(from).word().equals(",")) {
            return;
        }
        for (int i = from; i < qs; i++) {
            if (tt.t(i).tag().equals(".") || tt.t(i).word().equals(";") || QuotedSpans.isMark(tt.t(i).word().charAt(0))) {
                return;
            }
        }
        int sentenceEnd = tt.sentenceEnd(qs);
        int end = cutAtAttribution(tt, from, trimEnd(tt, from, sentenceEnd));
        for (int i = tt.tokenAt(f.end); i < end; i++) {
            // "…, but she denied …", "… and called on …": another statement begins
            if (i + 1 < end && tt.t(i).word().equals(",") && CLAUSE_LINKS.contains(tt.lower(i + 1)) || cueAt(tt, i, end) == i) {
                end = i;
            }
        }
        end = trimEnd(tt, from, end);
        if (end <= from) {
            return;
        }
        f.start = tt.t(from).start();
        f.end = Math.max(f.end, tt.t(end - 1).end() > f.end && noQuoteBetween(tt, f.end, tt.t(end - 1).end()) ? tt.t(end - 1).end() : f.end);
        f.clauseEnd = Math.max(f.clauseEnd, sentenceEnd);
    }

    /** No quotation mark in body[from, to): the rest of a clause that holds no other quotation. */
    private static boolean noQuoteBetween(TokenText tt, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuotedSpans.isMark(tt.body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int wordCount(String s) {
        int n = 0;
        for (String w : s.split("[\\s—–]+")) {
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** Quoted words that name something rather than report it: a title, a name, a nickname, a term. */
    private static boolean isNameOrTitle(TokenText tt, String inner, int words, int qs) {
        if (words == 0) {
            return true;
        }
        if (words <= 12 && titleCase(inner)) {
            return true;
        }
        if (qs > 0) {
            String before = tt.lower(qs - 1);
            if (NAMING_WORDS.contains(before) || NameWords.isWorkNoun(before) && words <= 6) {
                return true;
            }
            if (before.equals("as") && qs > 1 && tt.lower(qs - 2).equals("known")) {
                return true;
            }
        }
        return false;
    }

    static boolean titleCase(String inner) {
        int capitals = 0;
        for (String w : inner.split("[\\s—–-]+")) {
            String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
                continue;
            }
            if (SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && capitals > 0) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            capitals++;
        }
        return capitals > 0;
    }

    /** "…," she said, "…": the second part goes on in lower case after a short attribution. */
    private static boolean interrupted(TokenText tt, QuotedSpans.Quote q, QuotedSpans.Quote next) {
        String between = tt.body.substring(q.end(), next.start());
        if (between.length() > 120 || between.indexOf('\n') >= 0 || between.contains(".") && !between.matches(".*\\b[A-Z][a-z]?\\..*")) {
            return false;
        }
        String first = q.inner(tt.body);
        String inner = tt.body.substring(q.start(), q.end());
        boolean openEnded = inner.matches("(?s).*[,—–-]\\s*[\"”]?$") || between.strip().startsWith(",");
        String rest = next.inner(tt.body);
        return openEnded && !first.isEmpty() && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0))
                && between.strip().endsWith(",");
    }

    /** "…," X said / "…," said X / "…," X, a spokesman, told Y. */
    private boolean after(TokenText tt, int from, int limit, Found f, BitSet inQuote) {
        int p = from;
        while (p < limit && (tt.t(p).word().equals(",") || TokenText.isClosing(tt.t(p).word()))) {
            p++;
        }
        if (p >= limit || inQuote.get(p)) {
            return false;
        }
        int cue = cueAt(tt, p, limit);
        if (cue >= 0) {
            int cueEnd = cueEnd(tt, cue, limit);
            Phrase speaker = phraseFrom(tt, cueEnd, limit);
            if (speaker == null) {
                return false;
            }
            set(tt, f, speaker, p, cueEnd, cue, "quotation, then the reporting verb and the speaker (\"said X\")", 0.9);
            return true;
        }
        Phrase speaker = phraseFrom(tt, p, limit);
        if (speaker == null) {
            return false;
        }
        int v = speaker.end();
        if (v < limit && tt.lower(v).equals("(") || v < limit && tt.lower(v).equals("-lrb-")) {
            int close = v + 1;
            while (close < limit && close - v <= 6 && !tt.lower(close).equals(")") && !tt.lower(close).equals("-rrb-")) {
                close++;
            }
            if (close < limit && close - v <= 6) {
                speaker = new Phrase(speaker.first(), close + 1, speaker.head());
                v = close + 1;
            }
        }
        // an apposition: X, a spokesman for Y, said
        if (v + 1 < limit && tt.t(v).word().equals(",")) {
            Phrase apposition = phraseFrom(tt, v + 1, limit);
            if (apposition != null && apposition.end() < limit && tt.t(apposition.end()).word().equals(",")) {
                speaker = new Phrase(speaker.first(), apposition.end(), speaker.head());
                v = apposition.end() + 1;
            }
        }
        int first = v;
        int skipped = 0;
        while (v < limit && skipped < 4 && (tt.isAux(v) || tt.isTimeOrAdverb(v)) && cueAt(tt, v, limit) < 0) {
            v++;
            skipped++;
        }
        if (v >= limit || cueAt(tt, v, limit) != v) {
            return false;
        }
        int cueEnd = cueEnd(tt, v, limit);
        set(tt, f, speaker, auxStart(tt, v, first), cueEnd, v, "quotation, then the speaker and the reporting verb (\"X said\")", 0.9);
        viaAfterCue(tt, f, cueEnd, limit);
        return true;
    }

    /** X said "…" / X told Y to "…": the nearest reporting verb before the quotation in its sentence. */
    private boolean before(TokenText tt, int sentenceFirst, int qs, Found f, BitSet inQuote, boolean shortQuote, List<Found> found) {
        int reach = shortQuote ? Math.max(sentenceFirst, qs - 10) : sentenceFirst;
        for (int c = qs - 1; c >= reach; c--) {
            if (inQuote.get(c)) {
                if (shortQuote) {
                    return false;
                }
                continue;
            }
            if (tt.lower(c).equals("according") && c + 1 < qs && tt.lower(c + 1).equals("to")) {
                Phrase source = phraseFrom(tt, c + 2, qs);
                if (source != null) {
                    set(tt, f, source, c, c + 2, -1, "\"according to X\" before the quotation", 0.8);
                    return true;
                }
            }
            if (cueAt(tt, c, qs) != c) {
                continue;
            }
            int cueEnd = cueEnd(tt, c, qs);
            SpeechCues.Cue cue = SpeechCues.cue(tt.t(c).word());
            if (cue.belief() && sayingBefore(tt, reach, c, qs)) {
                continue; // X said she hopes "…": the saying is the attribution, the belief is inside what was said
            }
            int vg = auxStart(tt, c, sentenceFirst);
            // "X criticised the plan, saying, “…”": a participle after a comma speaks for the sentence's speaker
            boolean participle = tt.t(c).tag().equals("VBG") && c - 1 > sentenceFirst && tt.t(c - 1).word().equals(",");
            Phrase speaker = participle ? participleSubject(tt, found, sentenceFirst, c) : subjectBefore(tt, vg, sentenceFirst);
            if (speaker == null) {
                return false;
            }
            set(tt, f, speaker, vg, cueEnd, c, "reporting verb before the quotation (\"X " + cue.lemma() + " …\")",
                    qs - cueEnd <= 3 ? 0.85 : 0.8);
            viaAfterCue(tt, f, cueEnd, qs);
            return true;
        }
        return false;
    }

    /** A reporting verb that is no belief between {@code from} and {@code before}, outside quotations. */
    private static boolean sayingBefore(TokenText tt, int from, int before, int limit) {
        for (int k = before - 1; k >= from; k--) {
            if (cueAt(tt, k, limit) == k && !SpeechCues.cue(tt.t(k).word()).belief()) {
                return true;
            }
        }
        return false;
    }

    /** X said:¶"…" */
    private boolean colonBefore(TokenText tt, int sentenceFirst, Found f, BitSet inQuote, List<Found> found) {
        int last = sentenceFirst - 1;
        if (!tt.t(last).word().equals(":")) {
            return false;
        }
        return before(tt, tt.sentenceStart(last), last + 1, f, inQuote, false, found);
    }

    private static void set(TokenText tt, Found f, Phrase speaker, int cueFirst, int cueEnd, int cueVerb, String rule, double confidence) {
        f.speakerFirst = speaker.first();
        f.speakerEnd = speaker.end();
        f.speakerHead = speaker.head();
        f.cueFirst = cueFirst;
        f.cueEnd = cueEnd;
        f.cue = cueVerb >= 0 ? SpeechCues.cue(tt.t(cueVerb).word()) : null;
        f.rule = rule;
        f.confidence = confidence;
    }

    // ---------------------------------------------------------------- reporting verbs and speakers

    /** {@code i} when the token there is a reporting verb used as one (not an infinitive purpose, not a passive), else -1. */
    private static int cueAt(TokenText tt, int i, int limit) {
        if (i >= limit || i >= tt.tokens.size()) {
            return -1;
        }
        Token t = tt.t(i);
        if (!t.tag().startsWith("VB")) {
            return -1;
        }
        SpeechCues.Cue cue = SpeechCues.cue(t.word());
        if (cue == null) {
            return -1;
        }
        if (i > 0 && t.tag().equals("VBN") && isBe(tt.lower(i - 1)) && !cue.lemma().equals("quote")) {
            return -1; // "was told", "is expected": the subject is not the speaker
        }
        if (i > 0 && tt.lower(i - 1).equals("to") && !cue.lemma().equals("say")) {
            return -1;
        }
        return i;
    }

    private static boolean isBe(String w) {
        return w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("be") || w.equals("been")
                || w.equals("being") || w.equals("'s");
    }

    /** The reporting verb group ends after "quoted as saying", "pointed out", "called for". */
    private static int cueEnd(TokenText tt, int cue, int limit) {
        int e = cue + 1;
        if (e < limit && tt.lower(e).equals("as") && e + 1 < limit && SpeechCues.cue(tt.t(e + 1).word()) != null) {
            e += 2;
        } else if (e < limit && tt.t(e).tag().equals("VBG") && SpeechCues.cue(tt.t(e).word()) != null) {
            e++;
        } else if (e < limit && tt.t(e).tag().equals("RP")) {
            e++;
        } else if (e < limit && SpeechCues.isParticle(tt.t(cue).word(), tt.lower(e))) {
            e++;
        }
        return e;
    }

    /** Where the verb group of {@code cue} starts: auxiliaries and negation before it ("did not say", "has learned"). */
    private static int auxStart(TokenText tt, int cue, int floor) {
        int k = cue;
        while (k - 1 >= floor && tt.isAux(k - 1)) {
            k--;
        }
        return k;
    }

    /** The subject of a verb group starting at {@code vg}: a noun phrase, a pronoun, the subject of a coordinated verb. */
    private static Phrase subjectBefore(TokenText tt, int vg, int floor) {
        int j = vg - 1;
        int skipped = 0;
        while (j >= floor && skipped < 4 && tt.isTimeOrAdverb(j)) {
            j--;
            skipped++;
        }
        if (j < floor) {
            return null;
        }
        String w = tt.lower(j);
        if (tt.isPronoun(j)) {
            return PRONOUN_SPEAKERS.contains(w) ? new Phrase(j, j + 1, j) : null;
        }
        if ((w.equals("who") || w.equals("which") || w.equals("that")) && (tt.t(j).tag().startsWith("W") || w.equals("that"))) {
            int k = j - 1;
            if (k >= floor && tt.t(k).word().equals(",")) {
                k--;
            }
            return k >= floor ? phraseEndingAt(tt, k, floor) : null;
        }
        if (w.equals("and") || w.equals("but")) {
            return firstSubject(tt, floor, j);
        }
        if (w.equals(")") || w.equals("-rrb-")) {
            return nameWithParenthesis(tt, j, floor);
        }
        if (w.equals(",") && j - 1 >= floor) {
            // Michael Tanner, an analyst at the Cato Institute, said
            Phrase apposition = phraseEndingAt(tt, j - 1, floor);
            if (apposition != null && apposition.first() - 2 >= floor && tt.t(apposition.first() - 1).word().equals(",")) {
                int nameEnd = apposition.first() - 2;
                Phrase name = tt.lower(nameEnd).equals(")") || tt.lower(nameEnd).equals("-rrb-")
                        ? nameWithParenthesis(tt, nameEnd, floor) : phraseEndingAt(tt, nameEnd, floor);
                if (name != null && (name.first() == floor || !tt.t(name.first() - 1).tag().startsWith("IN"))
                        && tt.t(name.head()).tag().startsWith("NNP")) {
                    return new Phrase(name.first(), j, name.head());
                }
            }
            return null;
        }
        return phraseEndingAt(tt, j, floor);
    }

    /** Gov. Pat McCrory (R) said: the parenthesis ending at {@code close} is part of how the speaker is named. */
    private static Phrase nameWithParenthesis(TokenText tt, int close, int floor) {
        int open = close - 1;
        while (open >= floor && close - open <= 6 && !tt.lower(open).equals("(") && !tt.lower(open).equals("-lrb-")) {
            open--;
        }
        if (open > floor && close - open <= 6) {
            Phrase name = phraseEndingAt(tt, open - 1, floor);
            return name == null ? null : new Phrase(name.first(), close + 1, name.head());
        }
        return null;
    }

    /**
     * Who says what a participle after a comma introduces: "“…,” she said, adding that …" — the speaker of the statement
     * whose reporting verb comes before it in the sentence, else the subject of the sentence's first verb ("The mayor
     * closed the pier, saying …").
     */
    private static Phrase participleSubject(TokenText tt, List<Found> found, int sFirst, int c) {
        Found before = null;
        for (Found f : found) {
            if (f.speakerFirst >= 0 && f.cueFirst >= sFirst && f.cueEnd <= c - 1 && f.speakerEnd <= c - 1 && f.speakerFirst >= sFirst
                    && (before == null || f.cueEnd > before.cueEnd)) {
                before = f;
            }
        }
        return before != null ? new Phrase(before.speakerFirst, before.speakerEnd, before.speakerHead) : firstSubject(tt, sFirst, c - 1);
    }

    /**
     * "A survey of island households released on Monday shows …", "A 2019 study by the port authority found …": a
     * document that opens the sentence is the subject of a finding verb further on, across its modifiers, when no
     * finite verb outside a relative clause stands between them. Null otherwise.
     */
    private static Phrase documentSubject(TokenText tt, SpeechCues.Cue cue, int sFirst, int vg) {
        Phrase document = phraseFrom(tt, sFirst, vg);
        if (document == null || !SpeechCues.isFinding(cue, tt.lower(document.head())) || vg - document.end() > 24) {
            return null;
        }
        boolean relative = false;
        for (int i = document.end(); i < vg; i++) {
            String w = tt.lower(i);
            relative |= w.equals("that") || w.equals("which") || w.equals("who");
            String tag = tt.t(i).tag();
            if (!relative && (tag.equals("VBZ") || tag.equals("VBD") && !tt.t(i).word().endsWith("ed") || tag.equals("VBP")
                    || tag.equals("MD")) || tag.equals(".") || w.equals(";") || w.equals(":")) {
                return null;
            }
        }
        return document;
    }

    /** The subject of a sentence's first verb (for "Officials have denounced … and have said …"). */
    private static Phrase firstSubject(TokenText tt, int floor, int limit) {
        for (int i = floor; i < limit; i++) {
            if (tt.isVerb(i)) {
                int j = i - 1;
                return j >= floor ? phraseEndingAt(tt, j, floor) : null;
            }
        }
        return null;
    }

    private static Phrase phraseEndingAt(TokenText tt, int j, int floor) {
        if (tt.isPronoun(j)) {
            return PRONOUN_SPEAKERS.contains(tt.lower(j)) ? new Phrase(j, j + 1, j) : null;
        }
        if (!tt.isNounPhraseWord(j) || !tt.isNoun(j) && !tt.t(j).tag().equals("POS")) {
            return null;
        }
        int k = j;
        while (k - 1 >= floor) {
            int p = k - 1;
            if (tt.isNounPhraseWord(p)) {
                k = p;
            } else if (NP_PREPOSITIONS.contains(tt.lower(p)) && p - 1 >= floor && tt.isNoun(p - 1)) {
                k = p;
            } else if (tt.lower(p).equals("and") && p - 1 >= floor && tt.t(p - 1).tag().startsWith("NNP") && tt.t(k).tag().startsWith("NNP")) {
                k = p;
            } else {
                break;
            }
        }
        return phrase(tt, k, j + 1);
    }

    private static Phrase phraseFrom(TokenText tt, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        if (tt.isPronoun(i)) {
            return PRONOUN_SPEAKERS.contains(tt.lower(i)) ? new Phrase(i, i + 1, i) : null;
        }
        int k = i;
        while (k < limit) {
            if (tt.isNounPhraseWord(k)) {
                k++;
            } else if (k > i && NP_PREPOSITIONS.contains(tt.lower(k)) && k + 1 < limit && tt.isNounPhraseWord(k + 1)) {
                k++;
            } else if (k > i && tt.lower(k).equals("and") && tt.t(k - 1).tag().startsWith("NNP") && k + 1 < limit
                    && tt.t(k + 1).tag().startsWith("NNP")) {
                k++;
            } else {
                break;
            }
        }
        return k > i ? phrase(tt, i, k) : null;
    }

    /** A noun phrase with its head: the last noun before its first preposition. Null when it has no noun or is too long. */
    private static Phrase phrase(TokenText tt, int first, int end) {
        while (first < end && (!tt.isNounPhraseWord(first) || tt.t(first).tag().equals("POS"))) {
            first++;
        }
        while (end > first && tt.t(end - 1).tag().equals("POS")) {
            end--;
        }
        if (first >= end || end - first > 16) {
            return null;
        }
        int head = -1;
        for (int i = first; i < end; i++) {
            if (NP_PREPOSITIONS.contains(tt.lower(i)) && head >= 0) {
                break;
            }
            if (tt.isNoun(i) && !(i + 1 < end && tt.t(i + 1).tag().equals("POS"))) {
                head = i;
            } else if (tt.isNoun(i) && head < 0) {
                head = i;
            }
        }
        if (head < 0 || tt.t(head).tag().equals("CD") && !tt.isNoun(head)) {
            return null;
        }
        return new Phrase(first, end, head);
    }

    /** told Y / said to Y / quoted by Y / in a statement to Y / said on Y. */
    private static void viaAfterCue(TokenText tt, Found f, int cueEnd, int limit) {
        if (f.cue != null && f.cue.lemma().equals("tell")) {
            Phrase addressee = phraseFrom(tt, cueEnd, limit);
            if (addressee != null) {
                f.via = addressee(tt, addressee);
                return;
            }
        }
        if (cueEnd < limit && (tt.lower(cueEnd).equals("to") || tt.lower(cueEnd).equals("by")
                || tt.lower(cueEnd).equals("on") && "ORGANIZATION".equals(cueEnd + 1 < limit ? tt.t(cueEnd + 1).ner() : ""))) {
            Phrase addressee = phraseFrom(tt, cueEnd + 1, limit);
            if (addressee != null && !tt.isVerb(cueEnd + 1)) {
                f.via = addressee(tt, addressee);
            }
        }
    }

    /** The addressee's words without a day after them ("employees Tuesday" is "employees"). */
    private static String addressee(TokenText tt, Phrase p) {
        int end = p.end();
        while (end - 1 > p.first() && tt.isTimeOrAdverb(end - 1)) {
            end--;
        }
        return tt.text(p.first(), end);
    }

    /** "in a statement to the BBC", "in a memo to employees" anywhere in the attribution's sentence, outside the said words. */
    private static void viaInSentence(TokenText tt, Found f) {
        if (f.via != null) {
            return;
        }
        int from = tt.t(f.clauseFirst).start();
        int to = tt.t(f.clauseEnd - 1).end();
        Matcher m = MEDIUM.matcher(tt.body).region(from, to);
        while (m.find()) {
            if (m.start() >= f.start && m.start() < f.end) {
                continue;
            }
            int i = tt.tokenAt(m.end());
            Phrase to2 = phraseFrom(tt, i, f.clauseEnd);
            if (to2 != null) {
                String medium = m.group(1).toLowerCase(Locale.ROOT);
                String who = addressee(tt, to2);
                f.via = WRITTEN.contains(medium) ? medium + " to " + who : who;
                return;
            }
        }
    }

    // ---------------------------------------------------------------- reported speech

    private void noComment(TokenText tt, BitSet inQuote, BitSet usedCue, List<Found> found) {
        for (int[] s : tt.sentences) {
            if (s[0] >= s[1]) {
                continue;
            }
            int from = tt.t(s[0]).start();
            int to = tt.t(s[1] - 1).end();
            Matcher m = StatementKindRules.noComment(tt.body).region(from, to);
            if (!m.find()) {
                continue;
            }
            int first = tt.tokenAt(m.start());
            if (inQuote.get(first)) {
                continue;
            }
            // the verb group the phrase starts with, or the one before "request for comment"
            int vg = first;
            while (vg > s[0] && !tt.isVerb(vg)) {
                vg--;
            }
            vg = auxStart(tt, vg, s[0]);
            Phrase speaker = subjectBefore(tt, vg, s[0]);
            if (speaker == null) {
                continue;
            }
            int cueEnd = vg;
            while (cueEnd < s[1] && (tt.isAux(cueEnd) || tt.isVerb(cueEnd) || tt.t(cueEnd).tag().equals("RB"))) {
                cueEnd++;
            }
            Found f = new Found();
            f.start = tt.t(cueEnd < s[1] ? cueEnd : vg).start();
            int end = s[1];
            while (end > cueEnd + 1 && tt.t(end - 1).tag().equals(".")) {
                end--;
            }
            f.end = tt.t(end - 1).end();
            if (f.end <= f.start) {
                f.start = tt.t(vg).start();
            }
            f.direct = false;
            set(tt, f, speaker, vg, cueEnd, -1, "no comment (\"" + m.group() + "\")", 0.85);
            f.clauseFirst = s[0];
            f.clauseEnd = s[1];
            f.kind = "no_comment";
            f.kindConfidence = 0.9;
            f.kindReason = "\"" + m.group() + "\"";
            usedCue.set(s[0], s[1]);
            found.add(f);
        }
    }

    private void accordingTo(TokenText tt, BitSet inQuote, List<Found> found) {
        for (int i = 0; i + 1 < tt.tokens.size(); i++) {
            if (!tt.lower(i).equals("according") || !tt.lower(i + 1).equals("to") || inQuote.get(i)) {
                continue;
            }
            int sFirst = tt.sentenceStart(i);
            int sEnd = tt.sentenceEnd(i);
            Phrase source = phraseFrom(tt, i + 2, sEnd);
            if (source == null) {
                continue;
            }
            int contentFirst;
            int contentEnd;
            if (i == sFirst || tt.t(i - 1).tag().equals("``")) {
                contentFirst = source.end();
                while (contentFirst < sEnd && tt.t(contentFirst).word().equals(",")) {
                    contentFirst++;
                }
                contentEnd = trimEnd(tt, contentFirst, sEnd);
            } else if (tt.t(i - 1).word().equals(",") || DASHES.contains(tt.t(i - 1).word())) {
                contentFirst = sFirst;
                contentEnd = i - 1;
            } else {
                continue;
            }
            addBeside(tt, found, source, i, i + 2, contentFirst, contentEnd, sFirst, sEnd, "\"according to X\"", 0.8);
        }
    }

    /**
     * A statement whose source and cue stand beside its words ("according to X", "as X put it"): kept when the
     * words are at least three tokens and no statement already found covers them.
     */
    private void addBeside(TokenText tt, List<Found> found, Phrase source, int cueFirst, int cueEnd, int contentFirst, int contentEnd,
                           int sFirst, int sEnd, String rule, double confidence) {
        if (contentEnd - contentFirst < 3 || overlapsFound(tt, found, contentFirst, contentEnd)) {
            return;
        }
        Found f = new Found();
        f.start = tt.t(contentFirst).start();
        f.end = tt.t(contentEnd - 1).end();
        f.direct = false;
        set(tt, f, source, cueFirst, cueEnd, -1, rule, confidence);
        f.clauseFirst = sFirst;
        f.clauseEnd = sEnd;
        classify(tt, f);
        found.add(f);
    }

    /** "…, as the memo put it." / "As Ms. Vance put it, …": the idiom names who said the words beside it. */
    private void asPutIt(TokenText tt, BitSet inQuote, List<Found> found) {
        for (int i = 0; i + 3 < tt.tokens.size(); i++) {
            if (!tt.lower(i).equals("as") || inQuote.get(i)) {
                continue;
            }
            int sFirst = tt.sentenceStart(i);
            int sEnd = tt.sentenceEnd(i);
            Phrase source = phraseFrom(tt, i + 1, sEnd);
            if (source == null || source.end() + 1 >= sEnd || !tt.lower(source.end()).equals("put")
                    || !tt.lower(source.end() + 1).equals("it")) {
                continue;
            }
            int cueEnd = source.end() + 2;
            int contentFirst;
            int contentEnd;
            if (i == sFirst) {
                contentFirst = cueEnd;
                while (contentFirst < sEnd && !tt.t(contentFirst).word().equals(",")) {
                    contentFirst++; // "As she put it in a letter to the council, …"
                }
                contentFirst++;
                contentEnd = trimEnd(tt, Math.min(contentFirst, sEnd), sEnd);
            } else if (tt.t(i - 1).word().equals(",") || DASHES.contains(tt.t(i - 1).word())) {
                contentFirst = sFirst;
                contentEnd = i - 1;
            } else {
                continue;
            }
            addBeside(tt, found, source, source.end(), cueEnd, contentFirst, contentEnd, sFirst, sEnd, "\"as X put it\"", 0.75);
        }
    }

    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "TO", "CC", "PRP$", "POS");
    private static final Set<String> DASHES = Set.of("—", "--", "―", "–");

    private void reported(TokenText tt, List<QuotedSpans.Quote> quotes, BitSet inQuote, BitSet usedCue, List<Found> found) {
        for (int c = 0; c < tt.tokens.size(); c++) {
            if (usedCue.get(c) || inQuote.get(c) || cueAt(tt, c, tt.tokens.size()) != c) {
                continue;
            }
            SpeechCues.Cue cue = SpeechCues.cue(tt.t(c).word());
            int sFirst = tt.sentenceStart(c);
            int sEnd = tt.sentenceEnd(c);
            boolean participle = tt.t(c).tag().equals("VBG") && (c == 0 || !tt.isAux(c - 1));
            // "…, saying …" and "answered by saying …", "… while insisting …": the sentence's speaker says it
            boolean afterComma = c - 1 > sFirst && tt.t(c - 1).word().equals(",");
            boolean byDoing = c - 2 > sFirst && BY_DOING.contains(tt.lower(c - 1)) && !tt.t(c - 2).word().equals(",");
            if (participle && !((afterComma || byDoing) && !cue.needsComplement())) {
                continue; // "data revealing …": a participle whose subject the rules cannot name
            }
            int cueEnd = cueEnd(tt, c, sEnd);
            int vg = auxStart(tt, c, sFirst);
            // "…, saying …": the subject of the sentence's first verb says it
            Phrase speaker = participle && byDoing ? firstSubject(tt, sFirst, c - 1)
                    : participle ? participleSubject(tt, found, sFirst, c) : subjectBefore(tt, vg, sFirst);
            if (participle && (speaker == null || inQuote.get(speaker.head()))) {
                continue; // "“The tides rose,” he said, adding …": not the quotation's first words (the parse may name who)
            }
            if (!participle && (speaker == null || !SpeechCues.isFinding(cue, tt.lower(speaker.head())))) {
                Phrase document = documentSubject(tt, cue, sFirst, vg);
                speaker = document != null ? document : speaker;
            }
            Found f = new Found();
            f.direct = false;
            f.clauseFirst = sFirst;
            f.clauseEnd = sEnd;
            int contentFirst;
            int contentEnd;
            if (speaker == null) {
                // "…, said X." after the reported words ("…, told X" names whom it was told, not who said it)
                if (c - 1 <= sFirst || !tt.t(c - 1).word().equals(",") || cue.lemma().equals("tell")) {
                    continue;
                }
                Phrase inverted = phraseFrom(tt, cueEnd, sEnd);
                if (inverted == null || trimEnd(tt, inverted.end(), sEnd) != inverted.end()) {
                    continue;
                }
                speaker = inverted;
                contentFirst = sFirst;
                contentEnd = c - 1;
                set(tt, f, speaker, vg, cueEnd, c, "reported words, then \"said X\"", 0.7);
            } else {
                set(tt, f, speaker, vg, cueEnd, c, "reported speech (\"X " + cue.lemma() + " …\")", cue.needsComplement() ? 0.6 : 0.75);
                int after = cueEnd;
                viaAfterCue(tt, f, cueEnd, sEnd);
                if (cue.lemma().equals("tell") && f.via != null) {
                    Phrase addressee = phraseFrom(tt, cueEnd, sEnd);
                    after = addressee == null ? after : addressee.end();
                    // told MSNBC's "Morning Joe" that …: the programme's title belongs to the addressee
                    QuotedSpans.Quote title = after < sEnd ? quoteAt(quotes, tt.t(after).start()) : null;
                    if (title != null && titleCase(title.inner(tt.body))) {
                        f.via = f.via + " " + tt.body.substring(title.start(), title.end());
                        after = tt.tokenAt(title.end());
                    }
                }
                while (after < sEnd && tt.t(after).word().equals(",")) {
                    after++;
                }
                contentEnd = trimEnd(tt, after, sEnd);
                if (after >= contentEnd) {
                    // "…, he said." — the words come before the attribution
                    if (speaker.first() - 1 <= sFirst || !tt.t(speaker.first() - 1).word().equals(",")) {
                        continue;
                    }
                    contentFirst = sFirst;
                    contentEnd = speaker.first() - 1;
                    f.rule = "reported words, then \"X " + cue.lemma() + "\"";
                } else {
                    String next = tt.lower(after);
                    boolean complement = next.equals("that") || next.equals(":") || QuotedSpans.isMark(tt.t(after).word().charAt(0))
                            || tt.t(after).tag().equals("``")
                            || StanceCues.attributes(tt, cue, c, speaker, cueEnd, after);
                    if (cue.needsComplement() && !complement) {
                        continue;
                    }
                    if (!complement && !cue.kind().equals("claim") && cue.kindStrength() < 0.8) {
                        continue;
                    }
                    contentFirst = after;
                    contentEnd = cutAtAttribution(tt, contentFirst, contentEnd);
                }
            }
            int beforeTitle = beforeQuotedName(tt, quotes, contentFirst, contentEnd);
            if (beforeTitle < contentEnd) {
                // "expressed its displeasure with “The Interview”": what is left before the title is no statement
                while (beforeTitle > contentFirst && FUNCTION_TAGS.contains(tt.t(beforeTitle - 1).tag())) {
                    beforeTitle--;
                }
                if (beforeTitle - contentFirst < 3) {
                    continue;
                }
            }
            contentEnd = beforeTitle;
            if (contentEnd - contentFirst < 2 || inQuote.get(contentFirst) && inQuote.get(contentEnd - 1)
                    || overlapsUnlessInside(tt, found, contentFirst, contentEnd)) {
                continue;
            }
            f.start = tt.t(contentFirst).start();
            f.end = tt.t(contentEnd - 1).end();
            classify(tt, f);
            usedCue.set(c);
            found.add(f);
        }
    }

    /** "his claim that …", "the mayor's warning that …" ({@link NominalCues}). */
    private static void nominal(TokenText tt, BitSet inQuote, List<Found> found) {
        for (NominalCues.Attribution a : NominalCues.find(tt, inQuote)) {
            if (overlapsFound(tt, found, a.contentFirst(), a.contentEnd()) || overlapsFound(tt, found, a.ownerFirst(), a.noun() + 1)) {
                continue;
            }
            Found f = new Found();
            f.start = tt.t(a.contentFirst()).start();
            f.end = tt.t(a.contentEnd() - 1).end();
            f.direct = false;
            set(tt, f, new Phrase(a.ownerFirst(), a.ownerEnd(), a.ownerHead()), a.noun(), a.noun() + 1, -1,
                    "a noun of saying with its owner (\"X's " + tt.lower(a.noun()) + " that …\")", 0.6);
            f.clauseFirst = tt.sentenceStart(a.noun());
            f.clauseEnd = tt.sentenceEnd(a.noun());
            classify(tt, f);
            found.add(f);
        }
    }

    private void parsed(TokenText tt, Function<List<Token>, SentenceParse> parser, BitSet inQuote, BitSet usedCue, List<Found> found) {
        Map<Integer, SentenceParse> parses = new HashMap<>();
        Function<List<Token>, SentenceParse> once = sentence -> parses.computeIfAbsent(sentence.getFirst().start(), k -> parser.apply(sentence));
        for (Found f : found) {
            cutAtCoordinatedCue(tt, once, inQuote, f);
        }
        BitSet covered = new BitSet(tt.tokens.size());
        for (Found f : found) {
            covered.set(tt.tokenAt(f.start), tt.tokenAt(f.end));
            covered.set(f.speakerFirst < 0 ? 0 : f.speakerFirst, Math.max(f.speakerEnd, 0));
        }
        for (ParsedAttributions.Attribution a : ParsedAttributions.find(tt, once, usedCue, inQuote, covered)) {
            Found f = new Found();
            f.start = tt.t(a.contentFirst()).start();
            f.end = tt.t(a.contentEnd() - 1).end();
            f.direct = QuotedSpans.isMark(tt.body.charAt(f.start)) || ParsedAttributions.isQuoteMark(tt.t(a.contentFirst()).word());
            set(tt, f, new Phrase(a.speakerFirst(), a.speakerEnd(), a.speakerHead()), a.cueFirst(), a.cueEnd(), a.cueVerb(), a.rule(), 0.7);
            if (a.speakerNameEnd() < a.speakerEnd()) {
                f.speakerText = tt.text(a.speakerFirst(), a.speakerNameEnd());
            }
            f.clauseFirst = tt.sentenceStart(a.cueVerb());
            f.clauseEnd = tt.sentenceEnd(a.cueVerb());
            viaAfterCue(tt, f, a.cueEnd(), f.clauseEnd);
            classify(tt, f);
            usedCue.set(a.cueFirst(), a.cueEnd());
            found.add(f);
        }
    }

    /** "X claimed … and said …": reported words end before a second reporting verb of the same speaker, whose words are their own. */
    private static void cutAtCoordinatedCue(TokenText tt, Function<List<Token>, SentenceParse> parser, BitSet inQuote, Found f) {
        if (f.direct || f.cue == null || f.cueEnd <= 0) {
            return;
        }
        int verb = f.cueEnd - 1;
        while (verb > f.cueFirst && SpeechCues.cue(tt.t(verb).word()) == null) {
            verb--;
        }
        int first = tt.tokenAt(f.start);
        int end = tt.tokenAt(f.end);
        int sFirst = tt.sentenceStart(verb);
        int sEnd = tt.sentenceEnd(verb);
        boolean candidate = false;
        for (int i = first; i < end && i < sEnd; i++) {
            candidate |= !inQuote.get(i) && tt.t(i).tag().startsWith("VB") && SpeechCues.cue(tt.t(i).word()) != null;
        }
        if (!candidate || sEnd - sFirst > ParsedAttributions.MAX_TOKENS || first < sFirst || end > sEnd) {
            return;
        }
        int cut = ParsedAttributions.coordinatedCut(tt, parser.apply(tt.tokens.subList(sFirst, sEnd)), sFirst, verb, first, end);
        if (cut > first) {
            f.end = tt.t(cut - 1).end();
            classify(tt, f);
        }
    }

    /**
     * Reported words stop before a quoted title or name ("… the studio's film “The Interview,” a comedy …"): what
     * follows it is the writer's description of the work, and a title is never part of a statement.
     */
    private static int beforeQuotedName(TokenText tt, List<QuotedSpans.Quote> quotes, int first, int end) {
        int from = tt.t(first).start();
        int to = tt.t(end - 1).end();
        for (QuotedSpans.Quote q : quotes) {
            if (q.start() >= from && q.start() < to) {
                String inner = q.inner(tt.body);
                if (titleCase(inner) && wordCount(inner) <= 12) {
                    int cut = tt.tokenAt(q.start());
                    while (cut > first && (tt.t(cut - 1).word().equals(",") || tt.t(cut - 1).tag().equals(":"))) {
                        cut--;
                    }
                    return cut;
                }
            }
        }
        return end;
    }

    private static QuotedSpans.Quote quoteAt(List<QuotedSpans.Quote> quotes, int offset) {
        for (QuotedSpans.Quote q : quotes) {
            if (q.start() == offset) {
                return q;
            }
        }
        return null;
    }

    /** The said words stop before a trailing ", according to …", ", X said" or ", though she noted …". */
    private static int cutAtAttribution(TokenText tt, int first, int end) {
        for (int i = first + 1; i < end - 1; i++) {
            if (tt.t(i).word().equals(",") && (tt.lower(i + 1).equals("according") || cueAt(tt, i + 1, end) == i + 1)
                    || BREAKS.contains(tt.t(i).word()) && anotherSpeakerAt(tt, i + 1, end)) {
                return i;
            }
        }
        return end;
    }

    /** "though she noted …", "and Mr. Vance added …": a link word, a short subject and a reporting verb start at {@code i}. */
    private static boolean anotherSpeakerAt(TokenText tt, int i, int end) {
        int j = i;
        if (j < end && CLAUSE_LINKS.contains(tt.lower(j)) && !tt.lower(j).equals("which") && !tt.lower(j).equals("who")) {
            j++;
        }
        int subject = j;
        if (j < end && tt.isPronoun(j) && PRONOUN_SPEAKERS.contains(tt.lower(j))) {
            j++;
        } else {
            while (j < end && j - subject < 4 && tt.t(j).tag().startsWith("NNP")) {
                j++;
            }
        }
        if (j == subject) {
            return false;
        }
        int skipped = 0;
        while (j < end && skipped < 2 && (tt.isAux(j) || tt.t(j).tag().equals("RB"))) {
            j++;
            skipped++;
        }
        return cueAt(tt, j, end) == j && !tt.t(j).tag().equals("VBG") && !tt.t(j).tag().equals("VBN");
    }

    private static final Set<String> BREAKS = Set.of(",", ";", "—", "--", "―");

    /**
     * Whether reported words overlap a statement found before them that is not wholly inside them with its speaker and
     * cue: "She says [Trump called it “a hoax”]" holds the inner statement, and both are kept.
     */
    private static boolean overlapsUnlessInside(TokenText tt, List<Found> found, int first, int end) {
        int s = tt.t(first).start();
        int e = tt.t(end - 1).end();
        return found.stream().anyMatch(f -> f.start < e && s < f.end
                && !(f.start >= s && f.end <= e && f.cueFirst >= first && f.speakerFirst >= first && f.cueEnd <= end));
    }

    private static int trimEnd(TokenText tt, int first, int end) {
        while (end > first && (tt.t(end - 1).tag().equals(".") || tt.t(end - 1).word().equals(",")
                || tt.t(end - 1).word().equals(":"))) {
            end--;
        }
        return end;
    }

    private static boolean overlapsFound(TokenText tt, List<Found> found, int first, int end) {
        int s = tt.t(first).start();
        int e = tt.t(end - 1).end();
        return found.stream().anyMatch(f -> f.start < e && s < f.end);
    }

    private static void classify(TokenText tt, Found f) {
        StatementKindRules.Verdict v = StatementKindRules.classify(f.cue, tt.body.substring(f.start, f.end));
        f.kind = v.kind();
        f.kindConfidence = v.confidence();
        f.kindReason = v.reason();
        if (f.cue != null && f.cue.belief()) {
            f.confidence = Math.min(f.confidence, 0.5);
        }
    }

    // ---------------------------------------------------------------- speakers named

    private StatementSuggestion finish(TokenText tt, Found f, List<Found> all) {
        if (f.speakerFirst < 0) {
            return null;
        }
        viaInSentence(tt, f);
        TextSpan speakerSpan = span(tt, f.speakerFirst, f.speakerEnd);
        TextSpan cueSpan = f.cueFirst >= 0 ? span(tt, f.cueFirst, f.cueEnd) : null;
        String speaker = f.speakerText != null ? f.speakerText : speakerSpan.text();
        TextSpan nameSpan = nameOf(tt, f.speakerFirst, f.speakerEnd, f.speakerHead);
        double confidence = f.confidence;
        String speakerWhy = "the phrase next to the verb";
        if (tt.isPronoun(f.speakerHead) || POSSESSIVES.containsKey(tt.lower(f.speakerHead))) {
            Found antecedent = antecedent(tt, f, all);
            int[] name = antecedent == null ? personOrName(tt, f) : null;
            if (antecedent != null) {
                speaker = tt.text(antecedent.speakerFirst, antecedent.speakerEnd);
                nameSpan = nameOf(tt, antecedent.speakerFirst, antecedent.speakerEnd, antecedent.speakerHead);
                speakerWhy = "\"" + speakerSpan.text() + "\" = the speaker before it, " + speaker;
            } else if (name != null) {
                speaker = tt.text(name[0], name[1]);
                nameSpan = span(tt, name[0], name[1]);
                speakerWhy = "\"" + speakerSpan.text() + "\" = the nearest fitting name before it, " + speaker;
            } else if (tt.lower(f.speakerHead).equals("it") && !f.direct) {
                return null; // "it said" with nothing before it: too often no speaker at all ("it is said")
            } else {
                // nobody before it fits: the pronoun is kept as written, for the researcher to name
                speakerWhy = "\"" + speakerSpan.text() + "\": nobody named before it fits; left as written";
                confidence = Math.min(confidence, 0.5);
            }
            confidence *= 0.9;
        }
        confidence = Math.round(Math.min(confidence, Math.max(f.kindConfidence, 0.5)) * 100) / 100.0;
        String evidence = "rule: " + f.rule
                + "\ncue: " + (cueSpan == null ? "none (continues the quotation before)" : "\"" + cueSpan.text() + "\"")
                + "\nspeaker: \"" + speaker + "\" (" + speakerWhy + ")"
                + (f.via == null ? "" : "\nvia: " + f.via)
                + "\nkind: " + f.kind + " (" + f.kindReason + ", " + Math.round(f.kindConfidence * 100) + "% sure)";
        return new StatementSuggestion(TextSpan.of(tt.body, f.start, f.end), f.direct, speaker, speakerSpan, nameSpan, cueSpan,
                f.via, f.kind, f.kindConfidence, confidence, tt.t(f.clauseFirst).start(), tt.t(f.clauseEnd - 1).end(), evidence);
    }

    private static TextSpan span(TokenText tt, int first, int end) {
        return TextSpan.of(tt.body, tt.t(first).start(), tt.t(end - 1).end());
    }

    /** The name the speaker phrase is, when its head is a name (not "a spokesman for X", not "X and Y"). */
    private static TextSpan nameOf(TokenText tt, int first, int end, int head) {
        for (int i = first; i < end; i++) {
            if (tt.lower(i).equals("and")) {
                return null;
            }
        }
        String ner = tt.t(head).ner();
        if ("O".equals(ner) || tt.isPronoun(head)) {
            return null;
        }
        int s = head;
        while (s - 1 >= first && ner.equals(tt.t(s - 1).ner())) {
            s--;
        }
        int e = head + 1;
        while (e < end && ner.equals(tt.t(e).ner())) {
            e++;
        }
        return span(tt, s, e);
    }

    /** The nearest statement before this one whose speaker fits the pronoun (a person for he/she, a group for they, else it). */
    private static Found antecedent(TokenText tt, Found f, List<Found> all) {
        String pronoun = POSSESSIVES.getOrDefault(tt.lower(f.speakerHead), tt.lower(f.speakerHead));
        Found best = null;
        for (Found o : all) {
            if (o == f || o.speakerFirst < 0 || o.speakerFirst >= f.speakerFirst || tt.isPronoun(o.speakerHead)) {
                continue;
            }
            if (tt.sentenceOf[f.speakerFirst] - tt.sentenceOf[o.speakerFirst] > 6) {
                continue;
            }
            if (fits(tt, pronoun, o.speakerFirst, o.speakerEnd, o.speakerHead) && (best == null || o.speakerFirst > best.speakerFirst)) {
                best = o;
            }
        }
        // a name nearer than that statement's speaker wins if it fits
        int[] name = personOrName(tt, f);
        if (best != null && name != null && name[0] > best.speakerEnd) {
            return null;
        }
        return best;
    }

    private static boolean fits(TokenText tt, String pronoun, int first, int end, int head) {
        boolean plural = tt.t(head).tag().endsWith("S") || tt.text(first, end).contains(" and ");
        boolean person = tt.isPersonNoun(head);
        return switch (pronoun) {
            case "he", "she" -> person && !plural;
            case "they" -> plural || "ORGANIZATION".equals(tt.t(head).ner());
            case "it" -> !person && !plural;
            default -> false;
        };
    }

    /** The nearest name before the pronoun that fits it, in the last few sentences (a person for he/she, an organisation for it/they). */
    private static int[] personOrName(TokenText tt, Found f) {
        String pronoun = POSSESSIVES.getOrDefault(tt.lower(f.speakerHead), tt.lower(f.speakerHead));
        String wanted = switch (pronoun) {
            case "he", "she" -> "PERSON";
            case "it", "they" -> "ORGANIZATION";
            default -> null;
        };
        if (wanted == null) {
            return null;
        }
        int floor = tt.sentences.get(Math.max(0, tt.sentenceOf[f.speakerFirst] - 5))[0];
        for (int i = f.speakerFirst - 1; i >= floor; i--) {
            if (wanted.equals(tt.t(i).ner()) && !QuotedSpans.isMark(tt.t(i).word().charAt(0))) {
                int e = i + 1;
                int s = i;
                while (s - 1 >= floor && wanted.equals(tt.t(s - 1).ner())) {
                    s--;
                }
                return new int[] {s, e};
            }
        }
        return null;
    }
}
