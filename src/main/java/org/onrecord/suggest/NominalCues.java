package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Attributions whose cue is a noun of saying or believing with its owner before it and its words in a "that" clause:
 * "his claim that the pier is safe", "the mayor's warning that fares will rise". The owner is the source; a noun
 * without an owner ("the claim that …") names nobody, and a relative clause ("the statement that she issued") is no
 * content.
 */
final class NominalCues {
    /** One attribution: the said words, the owner and the noun as token ranges. */
    record Attribution(int contentFirst, int contentEnd, int ownerFirst, int ownerEnd, int ownerHead, int noun) {
    }

    private static final Set<String> NOUNS = Set.of("claim", "claims", "statement", "assertion", "argument", "contention",
            "insistence", "allegation", "allegations", "accusation", "suggestion", "promise", "pledge", "vow", "warning",
            "threat", "denial", "admission", "acknowledgment", "acknowledgement", "announcement", "prediction", "belief",
            "view", "conclusion", "finding", "fear", "fears", "hope", "expectation", "assurance", "assurances", "declaration",
            "complaint", "proposal", "remark", "comment", "comments", "theory", "assessment", "observation", "insinuation",
            "boast", "position", "message", "reminder", "charge", "estimate", "forecast", "concern", "concerns",
            "doubts", "conviction", "assumption", "recommendation", "demand", "explanation");
    /** Words between the owner and the noun: "his repeated claim", "the mayor's own view". */
    private static final Set<String> BETWEEN = Set.of("own", "latest", "earlier", "repeated", "false", "oft-repeated",
            "frequent", "recent", "public", "private", "initial", "first", "new", "previous", "prior", "unfounded",
            "baseless", "dubious");

    /** Verbs by which a statement is made, heard or passed on: "the statement that she issued" is a relative clause. */
    private static final Set<String> PRODUCED = Set.of("issued", "made", "released", "gave", "given", "delivered", "sent",
            "posted", "published", "wrote", "written", "signed", "read", "heard", "received", "repeated", "offered", "put",
            "makes", "issues", "releases", "gives", "sends", "posts", "publishes", "writes", "hears", "receives", "repeats",
            "make", "issue", "release", "give", "deliver", "send", "post", "publish", "write", "sign", "hear", "receive",
            "repeat", "offer", "tweeted", "shared", "ignored", "rejected", "denied", "dismissed", "cited", "quoted", "echoed");

    private static final Set<String> LINKS = Set.of("that", "and", "but", "or", "as", "because", "if", "when", "while", "after",
            "before", "since", "although", "though", "until", "whether", "so", "than", "nor");

    private NominalCues() {
    }

    static List<Attribution> find(TokenText tt, BitSet inQuote) {
        List<Attribution> out = new ArrayList<>();
        for (int n = 1; n + 1 < tt.tokens.size(); n++) {
            // a noun, or an -ing form after its owner ("the board's warning" is often tagged as a verb)
            if (inQuote.get(n) || !NOUNS.contains(tt.lower(n)) || !tt.t(n).tag().startsWith("NN") && !tt.t(n).tag().equals("VBG")
                    || !tt.lower(n + 1).equals("that")) {
                continue;
            }
            int sEnd = tt.sentenceEnd(n);
            int sFirst = tt.sentenceStart(n);
            int k = n - 1;
            while (k > sFirst && (BETWEEN.contains(tt.lower(k)) || tt.t(k).tag().startsWith("JJ") && k >= n - 2)) {
                k--;
            }
            int[] owner = owner(tt, k, sFirst);
            if (owner == null) {
                continue;
            }
            int end = clauseEnd(tt, n + 2, sEnd);
            if (end < 0 || end - (n + 1) < 4) {
                continue;
            }
            out.add(new Attribution(n + 1, end, owner[0], owner[1], owner[2], n));
        }
        return out;
    }

    /** "his", "Mr. Vance's", "the union's": the owner ending at {@code k}, as first, end and head; null when none. */
    private static int[] owner(TokenText tt, int k, int floor) {
        if (tt.t(k).tag().equals("PRP$")) {
            String w = tt.lower(k);
            return w.equals("his") || w.equals("her") || w.equals("their") ? new int[] {k, k + 1, k} : null;
        }
        if (!tt.t(k).tag().equals("POS") || k - 1 < floor || !tt.isNoun(k - 1)) {
            return null;
        }
        int first = k - 1;
        while (first - 1 >= floor && tt.isNounPhraseWord(first - 1) && !tt.t(first - 1).tag().equals("POS")) {
            first--;
        }
        return new int[] {first, k, k - 1};
    }

    /**
     * Where the "that" clause from {@code from} ends: at the first comma, semicolon or dash after its verb, or the end of
     * the sentence. -1 when it is no clause of its own: no subject and finite verb near its start, or a verb with nothing
     * after it ("the statement that she issued Tuesday", "the promise that he made to voters").
     */
    private static int clauseEnd(TokenText tt, int from, int sEnd) {
        int verb = -1;
        for (int i = from; i < sEnd && i <= from + 6; i++) {
            String tag = tt.t(i).tag();
            if (tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD")) {
                verb = i;
                break;
            }
            if (!tt.isNounPhraseWord(i) && !tt.isPronoun(i) && !tag.equals("EX") && !tag.equals("RB")) {
                return -1;
            }
        }
        if (verb <= from - 1 || verb == from) {
            return -1;
        }
        // the whole verb group ("would rise", "had issued", "has not been"); its last verb tells a relative clause
        int lexical = verb;
        int after = verb + 1;
        while (after < sEnd && (tt.t(after).tag().startsWith("VB") || tt.isAux(after))) {
            lexical = tt.t(after).tag().startsWith("VB") ? after : lexical;
            after++;
        }
        if (after >= sEnd || tt.t(after).tag().equals(".") || tt.t(after).word().equals(",") || PRODUCED.contains(tt.lower(lexical))) {
            return -1;
        }
        boolean linked = false;
        for (int i = after; i < sEnd; i++) {
            String w = tt.t(i).word();
            String tag = tt.t(i).tag();
            if (w.equals(",") || w.equals(";") || w.equals("—") || w.equals("--") || tag.equals(".")) {
                return i;
            }
            linked |= LINKS.contains(tt.lower(i)) || tag.startsWith("W") || tag.equals("``") || tag.equals("''")
                    || QuotedSpans.isMark(w.charAt(0));
            if (!linked && (tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD"))) {
                return i; // "the board's warning that fares would rise | reached the islanders late": the sentence's own verb
            }
        }
        return sEnd;
    }
}
