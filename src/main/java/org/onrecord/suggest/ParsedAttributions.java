package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Attributions read from the dependency parse where the surface rules found none: a reporting verb
 * whose subject stands far from it ("X, a professor at Y and a former Z, said"; "X, who runs Y, said";
 * "X, speaking to Y, said"), a reporting verb coordinated with an earlier verb ("X supported Y … and
 * said …"), and quotations whose speaker comes after them. Only sentences holding a reporting verb
 * that no surface rule used are parsed, so the parser's cost stays small. The speaker is the verb's
 * subject with its whole phrase (appositions and relative clauses, as news attribution corpora mark a
 * source); the said words are the verb's clausal complement, or the quotation the verb is attached to.
 * Precision first: a verb is taken only when the parse gives it both a subject and said words.
 */
final class ParsedAttributions {
    /** Sentences longer than this are runs of a table or list, not prose: the parse of them is not trusted. */
    static final int MAX_TOKENS = 80;
    /** A subject phrase longer than this is a parse that swallowed a clause. */
    private static final int MAX_SPEAKER_TOKENS = 40;
    /** Said words around an attribution already proposed keep at least this many words of their own. */
    private static final int MIN_OWN_WORDS = 2;
    /** Words that name a speaker only with the words describing them ("those close to him", "one of the lawyers"). */
    private static final Set<String> QUANTITIES = Set.of("those", "some", "many", "all", "none", "one", "several", "most", "both",
            "few", "others", "two", "three");
    private static final Set<String> RELATIVE = Set.of("who", "that", "which", "whom");
    private static final Set<String> NO_SPEAKER = Set.of("it", "this", "that", "there", "what", "which", "these", "those",
            "something", "nothing", "everything", "anything", "all", "some", "many", "none");

    /**
     * One attribution found, as token positions in the article: the speaker phrase (with the token its head is), the
     * cue (verb group), the verb itself, the said words, and the reader-facing speaker's end (the phrase before its
     * first comma or dash).
     */
    record Attribution(int speakerFirst, int speakerEnd, int speakerHead, int speakerNameEnd, int cueFirst, int cueEnd,
                       int cueVerb, int contentFirst, int contentEnd, String rule) {
    }

    private ParsedAttributions() {
    }

    /**
     * The attributions in sentences with a reporting verb none of {@code usedCue} covers, outside quotations
     * ({@code inQuote}) and outside words already proposed ({@code covered}).
     */
    static List<Attribution> find(TokenText tt, Function<List<Token>, SentenceParse> parser, BitSet usedCue, BitSet inQuote,
                                  BitSet covered) {
        List<Attribution> found = new ArrayList<>();
        for (int[] s : tt.sentences) {
            int first = s[0];
            int end = s[1];
            if (end - first < 4 || end - first > MAX_TOKENS || !hasCandidate(tt, first, end, usedCue, inQuote, covered)) {
                continue;
            }
            SentenceParse parse = parser.apply(tt.tokens.subList(first, end));
            for (int v = 0; v < parse.size(); v++) {
                int c = first + v;
                if (!isCandidate(tt, c, usedCue, inQuote, covered)) {
                    continue;
                }
                Attribution a = read(tt, parse, first, v, covered);
                if (a != null) {
                    found.add(a);
                    covered.set(a.contentFirst(), a.contentEnd());
                }
            }
        }
        return found;
    }

    private static boolean hasCandidate(TokenText tt, int first, int end, BitSet usedCue, BitSet inQuote, BitSet covered) {
        for (int c = first; c < end; c++) {
            if (isCandidate(tt, c, usedCue, inQuote, covered)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reporting verb no rule used; one that reports speech only before its complement ("found", "believes") only when
     * "that", a colon or a quotation follows it closely: the parse costs about as much as the rest of the analysis, so
     * only sentences that may hold an attribution are parsed.
     */
    private static boolean isCandidate(TokenText tt, int c, BitSet usedCue, BitSet inQuote, BitSet covered) {
        Token t = tt.t(c);
        if (!t.tag().startsWith("VB") || usedCue.get(c) || inQuote.get(c) || covered.get(c)) {
            return false;
        }
        SpeechCues.Cue cue = SpeechCues.cue(t.word());
        if (cue == null) {
            return false;
        }
        if (!cue.needsComplement()) {
            return true;
        }
        int limit = Math.min(tt.sentenceEnd(c), c + 4);
        for (int i = c + 1; i < limit; i++) {
            String w = tt.lower(i);
            if (w.equals("that") || w.equals(":") || isQuoteMark(tt.t(i).word()) || QuotedSpans.isMark(tt.t(i).word().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static Attribution read(TokenText tt, SentenceParse p, int first, int v, BitSet covered) {
        SpeechCues.Cue cue = SpeechCues.cue(p.token(v).word());
        if (p.child(v, "nsubj:pass") >= 0 || p.child(v, "aux:pass") >= 0) {
            return null; // "was told": the subject heard it
        }
        if (participleAfterClause(p, v, cue)) {
            return participle(tt, p, first, v, cue, covered);
        }
        String relation = p.relation(v);
        if (relation.equals("xcomp") || relation.equals("amod") || p.token(v).tag().equals("VBN") && p.child(v, "aux") < 0) {
            return null; // "plans to say", "the said words", a bare participle: not a report
        }
        if (!finite(p, v) && !(relation.equals("conj") && p.head(v) >= 0 && finite(p, p.head(v)))) {
            return null; // "help a visitor understand": no one reports anything
        }
        // the subject: its own, or the one of the verb it is coordinated with
        int subject = p.child(v, "nsubj");
        String rule = "parse: the verb's subject";
        if (subject < 0 && relation.equals("conj")) {
            int head = p.head(v);
            if (head >= 0 && p.token(head).tag().startsWith("VB")) {
                subject = p.child(head, "nsubj");
                rule = "parse: the subject of the verb it is coordinated with";
            }
        }
        if (subject < 0 && v > 0 && p.token(v - 1).word().equals(",") && p.head(v) >= 0 && p.head(v) < v) {
            // "…, said one source in the room": the parser took the speaker after the verb for its object
            for (int c : p.children(v)) {
                if (c > v && (p.is(c, "obj") || p.is(c, "nsubj")) && subtree(p, c, -1)[0] == v + 1) {
                    subject = c;
                    rule = "parse: the speaker after the verb";
                    break;
                }
            }
        }
        if (subject < 0) {
            return null;
        }
        String word = tt.lower(first + subject);
        if (RELATIVE.contains(word)) {
            // "X, who said …": X is the speaker
            int clause = p.head(subject);
            int noun = clause >= 0 && p.is(clause, "acl") ? p.head(clause) : -1;
            if (noun < 0 || !isNominal(p, noun)) {
                return null;
            }
            subject = noun;
            rule = "parse: the noun the relative clause describes";
        }
        if (!speakerWord(tt, p, first, subject)) {
            return null;
        }
        // the said words
        int[] content = content(p, v, cue);
        if (content == null) {
            return null;
        }
        int[] speaker = speaker(p, subject);
        if (speaker == null || overlaps(speaker, content) || v >= speaker[0] && v < speaker[1]) {
            return null;
        }
        int contentFirst = first + content[0];
        int contentEnd = first + content[1];
        if (contentEnd - contentFirst < 2 || !freeOrAround(tt, covered, contentFirst, contentEnd)) {
            return null;
        }
        int[] group = verbGroup(p, v);
        int nameEnd = speaker[0];
        while (nameEnd < speaker[1] && (nameEnd <= subject || !isBreak(p.token(nameEnd).word()))) {
            nameEnd++;
        }
        return new Attribution(first + speaker[0], first + speaker[1], first + subject, first + nameEnd, first + group[0],
                first + group[1], first + v, contentFirst, contentEnd, rule + " (\"" + cue.lemma() + "\")");
    }

    /**
     * Whether the subject's head can name a speaker: a noun or he/she/they/we/I, or a quantity described by the words
     * after it ("those close to him", "one of the lawyers", "many in the party") — alone ("those", "one") it is not a
     * speaker a reader could find.
     */
    private static boolean speakerWord(TokenText tt, SentenceParse p, int first, int subject) {
        String word = tt.lower(first + subject);
        if (QUANTITIES.contains(word)) {
            return described(p, subject);
        }
        if (!isNominal(p, subject) || NO_SPEAKER.contains(word)) {
            return false;
        }
        return !p.token(subject).tag().equals("PRP") || Set.of("he", "she", "they", "we", "i").contains(word);
    }

    private static boolean described(SentenceParse p, int i) {
        for (int c : p.children(i)) {
            if (c > i && (p.is(c, "amod") || p.is(c, "nmod") || p.is(c, "acl") || p.is(c, "appos"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X mocked the plan, saying …", "“…,” he said, adding that …", "X answered by saying …": a participle of a verb that
     * reports speech whatever follows it, set off by a comma (after a closing quotation mark too) or after "by", "after"
     * or "while". The parser often hangs such a participle anywhere, so its attachment is not read; only its place.
     */
    private static boolean participleAfterClause(SentenceParse p, int v, SpeechCues.Cue cue) {
        if (!p.token(v).tag().equals("VBG") || cue.needsComplement() || v < 2) {
            return false;
        }
        int before = v - 1;
        if (isQuoteMark(p.token(before).word()) && p.token(before - 1).word().equals(",")) {
            before--;
        }
        String w = p.token(before).word().toLowerCase();
        return w.equals(",") || Set.of("by", "after", "while").contains(w) && p.token(before).tag().equals("IN");
    }

    /**
     * The participle's speaker is the subject of the sentence's main clause, when that clause comes first and no other
     * clause with a subject of its own (outside quotation marks) stands between it and the participle; the said words
     * are what follows the participle to the sentence's end ("telling X that …": from "that" or a quotation mark).
     */
    private static Attribution participle(TokenText tt, SentenceParse p, int first, int v, SpeechCues.Cue cue, BitSet covered) {
        // the first verb with a tense and a subject of its own outside quotation marks is the main clause's
        int verb = -1;
        boolean quoted = false;
        for (int i = 0; i < v; i++) {
            quoted = opens(p, i, quoted);
            if (quoted || !p.is(i, "nsubj") || p.head(i) < i || p.head(i) >= v) {
                continue;
            }
            if (verb >= 0 && p.head(i) != verb) {
                return null; // "X said the man who Y …, saying": whose participle it is is unclear
            }
            if (verb < 0) {
                verb = p.head(i);
                if (!p.token(verb).tag().startsWith("VB") || !finite(p, verb) && p.head(verb) >= 0) {
                    return null;
                }
            }
        }
        int subject = verb < 0 ? -1 : p.child(verb, "nsubj");
        if (subject < 0 || RELATIVE.contains(tt.lower(first + subject)) || !speakerWord(tt, p, first, subject)) {
            return null;
        }
        int from = v + 1;
        if (cue.lemma().equals("tell")) {
            while (from < p.size() && from - v <= 6 && !p.token(from).word().equalsIgnoreCase("that") && !isQuoteMark(p.token(from).word())) {
                from++;
            }
            if (from >= p.size() || from - v > 6) {
                return null;
            }
        }
        int[] content = trimmed(p, new int[] {from, p.size()});
        int[] speaker = speaker(p, subject);
        if (content == null || speaker == null || content[1] - content[0] < 3 || overlaps(speaker, content)) {
            return null;
        }
        int contentFirst = first + content[0];
        int contentEnd = first + content[1];
        if (!freeOrAround(tt, covered, contentFirst, contentEnd)) {
            return null;
        }
        int nameEnd = speaker[0];
        while (nameEnd < speaker[1] && (nameEnd <= subject || !isBreak(p.token(nameEnd).word()))) {
            nameEnd++;
        }
        return new Attribution(first + speaker[0], first + speaker[1], first + subject, first + nameEnd, first + v, first + v + 1,
                first + v, contentFirst, contentEnd, "parse: the subject of the clause the participle follows (\"" + cue.lemma() + "\")");
    }

    /**
     * Where reported words found by a surface rule should end when they run into a second reporting verb coordinated with
     * the first one ("X claimed … and said …": the second verb's words are a statement of their own): the token before
     * "and" (and a comma before it), or -1 when the parse shows no such verb. {@code first} is the sentence's first token
     * in the article, {@code verb} the first cue verb, {@code contentFirst..contentEnd} the reported words.
     */
    static int coordinatedCut(TokenText tt, SentenceParse p, int first, int verb, int contentFirst, int contentEnd) {
        int v0 = verb - first;
        for (int v = contentFirst - first; v < contentEnd - first; v++) {
            if (v < 0 || v >= p.size() || p.head(v) != v0 || !p.is(v, "conj") || SpeechCues.cue(p.token(v).word()) == null
                    || !p.token(v).tag().startsWith("VB") || p.child(v, "nsubj") >= 0 && !finite(p, v)) {
                continue;
            }
            int cc = p.child(v, "cc");
            int cut = cc >= 0 && cc < v ? cc : v;
            while (cut > 0 && isPunctuation(p, cut - 1)) {
                cut--;
            }
            if (first + cut - contentFirst >= 2) {
                return first + cut;
            }
        }
        return -1;
    }

    /** A verb with a tense of its own ("said", "says") or an auxiliary ("has said", "is telling", "will say"). */
    private static boolean finite(SentenceParse p, int v) {
        String tag = p.token(v).tag();
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || p.child(v, "aux") >= 0;
    }

    private static boolean isNominal(SentenceParse p, int i) {
        String tag = p.token(i).tag();
        return tag.startsWith("NN") || tag.equals("PRP");
    }

    /**
     * The said words: the verb's clausal complement ("said [that] …"), the quotation the verb comments on ("“…,” X
     * said"), or for a denying, accusing or warning verb its object ("denied the report").
     */
    private static int[] content(SentenceParse p, int v, SpeechCues.Cue cue) {
        for (int c : p.children(v)) {
            if ((p.is(c, "ccomp") || (p.is(c, "parataxis") || p.is(c, "dep")) && c < v) && isClause(p, c)) {
                int[] words = trimmed(p, subtree(p, c, -1));
                return words != null && (!cue.needsComplement() || quoted(p, words) || p.child(c, "mark") >= 0
                        && p.token(p.child(c, "mark")).word().equalsIgnoreCase("that")) ? words : null;
            }
        }
        String relation = p.relation(v);
        int head = p.head(v);
        if (head >= 0 && head < v && (relation.equals("parataxis") || relation.equals("ccomp") || relation.equals("dep"))
                && isClause(p, head)) {
            // "“…,” she said" read as the quotation's clause with the saying verb hanging off it
            int[] words = trimmed(p, subtree(p, head, v));
            return words != null && (!cue.needsComplement() || quoted(p, words)) ? words : null;
        }
        return null;
    }

    /** A clause with a subject of its own (not "to help", not "from saying"). */
    private static boolean isClause(SentenceParse p, int c) {
        return p.child(c, "nsubj") >= 0 || p.child(c, "expl") >= 0;
    }

    private static boolean quoted(SentenceParse p, int[] words) {
        return isQuoteMark(p.token(words[0]).word());
    }

    /** The first and end token of {@code i}'s subtree; with {@code stop} ≥ 0, only the part before {@code stop}'s subtree. */
    private static int[] subtree(SentenceParse p, int i, int stop) {
        BitSet in = new BitSet(p.size());
        in.set(i);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int j = 0; j < p.size(); j++) {
                if (!in.get(j) && p.head(j) >= 0 && in.get(p.head(j)) && j != stop) {
                    in.set(j);
                    grew = true;
                }
            }
        }
        int from = in.nextSetBit(0);
        int to = in.length();
        if (stop >= 0) {
            int cut = stop;
            while (cut > from && isPunctuation(p, cut - 1)) {
                cut--;
            }
            to = Math.min(to, cut);
            if (i >= to) {
                return null;
            }
        }
        return new int[] {from, to};
    }

    /** Without punctuation at the ends, but keeping the quotation marks around quoted words. */
    private static int[] trimmed(SentenceParse p, int[] r) {
        if (r == null) {
            return null;
        }
        int from = r[0];
        int to = r[1];
        while (from < to && isPunctuation(p, from) && !isQuoteMark(p.token(from).word())) {
            from++;
        }
        while (to > from && isPunctuation(p, to - 1) && !isQuoteMark(p.token(to - 1).word())) {
            to--;
        }
        // quotation marks the parser hung off the verb belong to the quoted words
        if (from > 0 && isQuoteMark(p.token(from - 1).word())) {
            from--;
        }
        int open = 0;
        for (int i = from; i < to; i++) {
            open += p.token(i).tag().equals("``") ? 1 : p.token(i).tag().equals("''") ? -1 : 0;
        }
        if (from < to && (isQuoteMark(p.token(from).word()) || open > 0)) {
            int k = to;
            while (k < p.size() && k - to < 2 && isPunctuation(p, k) && !isQuoteMark(p.token(k).word())) {
                k++;
            }
            if (k < p.size() && isQuoteMark(p.token(k).word())) {
                to = k + 1;
            }
        }
        return to - from >= 2 ? new int[] {from, to} : null;
    }

    /** The subject's phrase: the whole subtree (appositions, relative clauses), not a participle clause set off by commas. */
    private static int[] speaker(SentenceParse p, int subject) {
        int from = subject;
        int to = subject + 1;
        for (int c : p.children(subject)) {
            boolean participle = p.is(c, "acl") && !p.is(c, "acl:relcl") && c > subject && p.token(c).tag().matches("VB[GN]")
                    && c - 1 >= 0 && p.token(c - 1).word().equals(",");
            if (participle || p.is(c, "punct")) {
                continue;
            }
            int[] r = subtree(p, c, -1);
            from = Math.min(from, r[0]);
            to = Math.max(to, r[1]);
        }
        while (from < to && isPunctuation(p, from)) {
            from++;
        }
        while (to > from && isPunctuation(p, to - 1)) {
            to--;
        }
        return to - from > MAX_SPEAKER_TOKENS ? null : new int[] {from, to};
    }

    /** The verb with its auxiliaries and negation before it and a particle after it ("did not say", "pointed out"). */
    private static int[] verbGroup(SentenceParse p, int v) {
        int from = v;
        while (from - 1 >= 0 && p.head(from - 1) == v && (p.is(from - 1, "aux") || p.is(from - 1, "advmod")
                && Set.of("not", "n't", "never").contains(p.token(from - 1).word().toLowerCase()))) {
            from--;
        }
        int to = v + 1;
        if (to < p.size() && p.head(to) == v && p.is(to, "compound:prt")) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Whether the words from {@code i} on are inside quotation marks, given whether those before it were. */
    private static boolean opens(SentenceParse p, int i, boolean quoted) {
        String w = p.token(i).word();
        if (w.equals("\"")) {
            return !quoted; // the tagger guesses which way a straight mark faces
        }
        return p.token(i).tag().equals("``") || !p.token(i).tag().equals("''") && quoted;
    }

    private static boolean isPunctuation(SentenceParse p, int i) {
        String w = p.token(i).word();
        return p.is(i, "punct") || w.equals(",") || w.equals("--") || w.equals("-") || w.equals(".") || isQuoteMark(w);
    }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``") || w.equals("‘‘")
                || w.equals("’’");
    }

    private static boolean isBreak(String w) {
        return w.equals(",") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals("(") || w.equals("-LRB-");
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    /**
     * Whether said words may be proposed over {@code from..to}: no word of them proposed yet, or the words already
     * proposed lie wholly inside them with at least {@link #MIN_OWN_WORDS} words of their own around — an attribution
     * nested in the reported clause ("X says she liked what Y calls “…”": X's words hold Y's), which news attribution
     * corpora mark as two attributions. Proposed words crossing the edge would make two statements share a clause.
     */
    private static boolean freeOrAround(TokenText tt, BitSet covered, int from, int to) {
        int n = covered.nextSetBit(from);
        if (n < 0 || n >= to) {
            return true;
        }
        if (covered.get(from) && from > 0 && covered.get(from - 1)) {
            return false;
        }
        // the words inside may end in the sentence's last stop and closing quotation mark, which said words leave out
        for (int i = to; covered.get(to - 1) && i < covered.nextClearBit(to); i++) {
            if (!tt.t(i).tag().equals(".") && !tt.t(i).tag().equals("''")) {
                return false;
            }
        }
        return (to - from) - covered.get(from, to).cardinality() >= MIN_OWN_WORDS;
    }
}
