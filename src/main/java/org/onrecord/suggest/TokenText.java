package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article's tokens with their sentences, and the small word classes the statement rules read:
 * noun-phrase words, auxiliaries and time words between a subject and its verb.
 */
final class TokenText {
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "POS", "HYPH");
    static final Set<String> AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will",
            "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "n't", "’s", "'s", "’ve",
            "'ve", "'d", "’d", "'ll", "’ll", "wo", "ca", "shall", "never");
    private static final Set<String> TIME_WORDS = Set.of("on", "last", "this", "earlier", "later", "week", "month", "year",
            "night", "morning", "evening", "afternoon", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "recently", "previously", "again", "also", "then", "once", "repeatedly",
            "reportedly", "publicly", "privately", "immediately", "quickly", "still", "already", "further", "similarly",
            "separately", "flatly", "strongly", "firmly", "even", "now", "often", "frequently", "since", "just", "first",
            "initially", "ultimately", "finally", "subsequently", "late", "early");
    static final Set<String> PERSON_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "diplomat",
            "representative", "minister", "president", "leader", "chairman", "chairwoman", "director", "chief", "executive",
            "secretary", "governor", "senator", "mayor", "ambassador", "lawyer", "attorney", "prosecutor", "analyst", "expert",
            "researcher", "professor", "source", "aide", "adviser", "advisor", "candidate", "nominee", "manager", "strategist",
            "economist", "scientist", "doctor", "officer", "agent", "commander", "general", "judge", "man", "woman", "boss",
            "founder", "owner", "head", "member", "voter", "supporter", "critic", "activist", "writer", "author", "reporter",
            "journalist", "editor", "pollster", "surrogate", "campaigner", "lawmaker", "legislator", "congressman",
            "congresswoman", "rep.", "sen.", "gov.", "resident", "witness", "victim", "student", "teacher", "worker",
            "employee", "father", "mother", "wife", "husband", "son", "daughter", "friend", "colleague", "partner", "host",
            "anchor", "commentator", "consultant", "donor", "operative", "insider", "historian", "actor", "actress", "star",
            "player", "coach", "investor", "ceo", "dean", "pastor", "priest", "bishop", "rabbi", "imam");

    final String body;
    final List<Token> tokens;
    /** For each token, the index of its sentence; and for each sentence, its first and end token. */
    final int[] sentenceOf;
    final List<int[]> sentences = new ArrayList<>();

    TokenText(String body, List<Token> tokens) {
        this.body = body;
        this.tokens = tokens;
        this.sentenceOf = new int[tokens.size()];
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean breakBefore = i > first && body.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
            if (breakBefore) {
                close(first, i);
                first = i;
            }
            sentenceOf[i] = sentences.size();
            if (isSentenceEnd(i)) {
                int end = i + 1;
                while (end < tokens.size() && isClosing(tokens.get(end).word())
                        && body.substring(tokens.get(end - 1).end(), tokens.get(end).start()).indexOf('\n') < 0) {
                    sentenceOf[end] = sentences.size();
                    end++;
                }
                close(first, end);
                first = end;
                i = end - 1;
            }
        }
        if (first < tokens.size()) {
            close(first, tokens.size());
        }
    }

    private void close(int first, int end) {
        for (int i = first; i < end; i++) {
            sentenceOf[i] = sentences.size();
        }
        sentences.add(new int[] {first, end});
    }

    private boolean isSentenceEnd(int i) {
        String w = tokens.get(i).word();
        return ".".equals(tokens.get(i).tag()) && (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("..."));
    }

    static boolean isClosing(String w) {
        return w.equals("”") || w.equals("\"") || w.equals("''") || w.equals(")") || w.equals("’") || w.equals("'")
                || w.equals("-RRB-");
    }

    Token t(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    int sentenceStart(int i) {
        return sentences.get(sentenceOf[i])[0];
    }

    int sentenceEnd(int i) {
        return sentences.get(sentenceOf[i])[1];
    }

    /** The first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last token ending at or before {@code offset}, plus one. */
    int tokenEndAt(int offset) {
        int i = tokenAt(offset);
        return i;
    }

    boolean isNounPhraseWord(int i) {
        Token t = tokens.get(i);
        // the apostrophe of a plural possessive ("the dockers’ union"), whatever tag the model gave it
        if ((t.word().equals("’") || t.word().equals("'")) && i > 0 && tokens.get(i - 1).tag().startsWith("NN")
                && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).word().endsWith("s")
                && i + 1 < tokens.size() && NP_TAGS.contains(tokens.get(i + 1).tag())) {
            return true;
        }
        if (NP_TAGS.contains(t.tag())) {
            return !QuotedSpans.isMark(t.word().charAt(0));
        }
        // participles used as adjectives inside a noun phrase ("an unidentified diplomat")
        return (t.tag().equals("VBN") || t.tag().equals("VBG")) && i + 1 < tokens.size() && NP_TAGS.contains(tokens.get(i + 1).tag())
                && i > 0 && (tokens.get(i - 1).tag().equals("DT") || tokens.get(i - 1).tag().equals("JJ") || tokens.get(i - 1).tag().equals("RB"));
    }

    boolean isNoun(int i) {
        String tag = tokens.get(i).tag();
        return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD");
    }

    boolean isVerb(int i) {
        return tokens.get(i).tag().startsWith("VB") || tokens.get(i).tag().equals("MD");
    }

    boolean isAux(int i) {
        return AUX.contains(lower(i)) && (isVerb(i) || tokens.get(i).tag().equals("RB") || tokens.get(i).tag().equals("MD")
                || tokens.get(i).tag().equals("VBZ") || lower(i).equals("n't") || lower(i).equals("not") || lower(i).equals("never"));
    }

    boolean isTimeOrAdverb(int i) {
        String tag = tokens.get(i).tag();
        return tag.equals("RB") && !lower(i).equals("not") || TIME_WORDS.contains(lower(i)) && !tag.startsWith("VB") || tag.equals("CD");
    }

    boolean isPronoun(int i) {
        return tokens.get(i).tag().equals("PRP");
    }

    String text(int first, int end) {
        return body.substring(tokens.get(first).start(), tokens.get(end - 1).end());
    }

    boolean isPersonNoun(int i) {
        String w = lower(i);
        if (w.endsWith("s") && PERSON_NOUNS.contains(w.substring(0, w.length() - 1))) {
            return true;
        }
        if (w.endsWith("men") && PERSON_NOUNS.contains(w.substring(0, w.length() - 3) + "man")) {
            return true;
        }
        return PERSON_NOUNS.contains(w) || "PERSON".equals(tokens.get(i).ner());
    }
}
