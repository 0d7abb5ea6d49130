package org.onrecord.suggest;

import java.util.Set;

/**
 * When a reporting verb's words start although no "that", colon or quotation follows it: the object of an intention or
 * a stance ("wants a recount", "supports the levy", "cited the audit"), an infinitive after a hope or a promise ("hopes
 * to win"), the words after "called for", a document's finding ("the survey shows turnout falling") and a belief's
 * clause without "that" ("believes she will win"). Beliefs and intentions stay unsure (see {@link SpeechCues}).
 */
final class StanceCues {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "there");

    private StanceCues() {
    }

    /** Whether the words from {@code after} are what {@code cue} (at token {@code c}, ending at {@code cueEnd}) attributes. */
    static boolean attributes(TokenText tt, SpeechCues.Cue cue, int c, StatementSuggester.Phrase speaker, int cueEnd, int after) {
        if (after >= tt.tokens.size()) {
            return false;
        }
        String next = tt.lower(after);
        if (cueEnd > c + 1 && SpeechCues.isParticle(tt.t(c).word(), tt.lower(cueEnd - 1))) {
            return true;
        }
        if (SpeechCues.takesObject(cue, next) || SpeechCues.asksQuestion(cue, next)) {
            return true;
        }
        if (speaker != null && SpeechCues.isFinding(cue, tt.lower(speaker.head()))) {
            return true;
        }
        if (cue.lemma().equals("call") && !tt.t(c).tag().equals("VBN") && !tt.t(c).tag().equals("VBG")) {
            return naming(tt, after);
        }
        return cue.belief() && clauseWithoutThat(tt, after);
    }

    /**
     * "called the charges baseless", "called him a liar": an object and what it is called. Not "called the mayor on
     * Friday" (a telephone call), not "called them to the stage", not "called it off".
     */
    private static boolean naming(TokenText tt, int after) {
        int limit = tt.sentenceEnd(after);
        String tag = tt.t(after).tag();
        if (!(tag.equals("DT") || tag.equals("PRP") || tag.startsWith("NN") || tag.equals("PRP$") || tag.equals("JJ"))
                || tt.lower(after).equals("it") && after + 1 < limit && tt.t(after + 1).tag().equals("RP")) {
            return false;
        }
        int words = 0;
        for (int i = after; i < limit && i < after + 7; i++) {
            String w = tt.lower(i);
            if (w.equals("to") || w.equals("into") || w.equals("on") || w.equals("at") || w.equals("from") || w.equals("back")
                    || tt.t(i).tag().equals("RP") || tt.isTimeOrAdverb(i) && !tt.t(i).tag().startsWith("JJ")) {
                return false;
            }
            words++;
        }
        return words >= 3;
    }

    /** "believes she will win", "thinks the deal is dead": a subject, then a finite verb within a few words. */
    private static boolean clauseWithoutThat(TokenText tt, int after) {
        String next = tt.lower(after);
        int limit = tt.sentenceEnd(after);
        if (SUBJECT_PRONOUNS.contains(next)) {
            return after + 1 < limit && isFinite(tt, after + 1);
        }
        String tag = tt.t(after).tag();
        if (!tag.equals("DT") && !tag.startsWith("NNP") && !tag.equals("PRP$")) {
            return false;
        }
        for (int i = after + 1; i < limit && i <= after + 5; i++) {
            if (isFinite(tt, i)) {
                return true;
            }
            if (!tt.isNounPhraseWord(i)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isFinite(TokenText tt, int i) {
        String tag = tt.t(i).tag();
        return tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP") || tag.equals("MD");
    }
}
