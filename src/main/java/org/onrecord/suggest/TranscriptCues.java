package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions a page lays out rather than words a verb introduces: a quotation signed after a dash at the end of its
 * paragraph ("…” ― Ana Ruiz), a transcript's speaker label at the start of a paragraph ("MORALES: Well, look, …") and a
 * headline naming its speaker before a colon ("Morales: Port Deal Is Dead"). Labels that are no speaker ("UPDATE:",
 * "Q:", "Transcript:") are left alone.
 */
final class TranscriptCues {
    /** One attribution: the said words as characters, speaker and cue as token ranges. */
    record Attribution(int start, int end, int speakerFirst, int speakerEnd, int speakerHead, int cueFirst, int cueEnd,
                       boolean direct, String rule, double confidence) {
    }

    private static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "note", "editor", "editors", "watch", "related",
            "photo", "photos", "video", "source", "sources", "correction", "read", "transcript", "q", "a", "question", "answer",
            "listen", "see", "also", "more", "breaking", "exclusive", "opinion", "analysis", "live", "poll", "warning", "disclosure",
            "caption", "clarification", "credit", "image", "via", "tags", "topics", "share", "comments", "advertisement", "sponsored", "bottom",
            "line", "summary", "background", "context", "why", "what", "how", "when", "where", "who", "today", "tonight", "day",
            "part", "chapter", "step", "tip", "fact", "facts", "myth", "reality", "pros", "cons", "verdict", "rating", "ps", "p.s.");
    private static final String DASHES = "―—–";

    private TranscriptCues() {
    }

    static List<Attribution> find(TokenText tt, List<QuotedSpans.Quote> quotes) {
        List<Attribution> out = new ArrayList<>();
        signedQuotes(tt, out);
        labels(tt, out);
        return out;
    }

    /**
     * "…” ― Ana Ruiz: a paragraph of quoted words signed with a dash and a name at its end. The whole paragraph before
     * the dash is the quotation, whichever marks open it (a closing mark typed as the opening one is common there).
     */
    private static void signedQuotes(TokenText tt, List<Attribution> out) {
        forEachLine(tt.body, (start, end) -> signed(tt, start, end, out));
    }

    private interface LineRule {
        void apply(int lineStart, int lineEnd);
    }

    /** Each line (paragraph) of {@code body}, by its start and end. */
    private static void forEachLine(String body, LineRule rule) {
        int p = 0;
        while (p < body.length()) {
            int lineEnd = body.indexOf('\n', p);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            rule.apply(p, lineEnd);
            p = lineEnd + 1;
        }
    }

    private static void signed(TokenText tt, int lineStart, int lineEnd, List<Attribution> out) {
        String body = tt.body;
        int s = lineStart;
        while (s < lineEnd && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        if (s >= lineEnd || !isQuoteMark(body.charAt(s))) {
            return;
        }
        for (int i = lineEnd - 1; i > s; i--) {
            char c = body.charAt(i);
            int dashLength = DASHES.indexOf(c) >= 0 ? 1 : c == '-' && body.charAt(i - 1) == '-' ? 2 : 0;
            if (dashLength == 0) {
                continue;
            }
            int dash = i - dashLength + 1;
            int e = dash;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (e <= s || !isQuoteMark(body.charAt(e - 1))) {
                return;
            }
            int cue = tt.tokenAt(dash);
            int first = tt.tokenAt(i + 1);
            int end = tt.tokenAt(lineEnd);
            while (end > first && tt.t(end - 1).tag().equals(".")) {
                end--;
            }
            if (cue >= tt.tokens.size() || first >= end || end - first > 6 || !isName(tt, first, end)) {
                return;
            }
            out.add(new Attribution(s, e, first, end, end - 1, cue, first, true, "quotation signed after a dash (\"… ― X\")", 0.75));
            return;
        }
    }

    private static boolean isQuoteMark(char c) {
        return QuotedSpans.isMark(c) || c == '’' || c == '‘';
    }

    /** "MORALES: …" in a transcript, "Morales: …" in a headline: a speaker label at the start of a paragraph. */
    private static void labels(TokenText tt, List<Attribution> out) {
        forEachLine(tt.body, (start, end) -> label(tt, start, end, out));
    }

    private static void label(TokenText tt, int lineStart, int lineEnd, List<Attribution> out) {
        String body = tt.body;
        int s = lineStart;
        while (s < lineEnd && (Character.isWhitespace(body.charAt(s)) || QuotedSpans.isMark(body.charAt(s)))) {
            s++;
        }
        int first = tt.tokenAt(s);
        int colon = first;
        while (colon < tt.tokens.size() && colon - first < 5 && tt.t(colon).start() < lineEnd && !tt.t(colon).word().equals(":")) {
            colon++;
        }
        if (colon >= tt.tokens.size() || colon == first || colon - first > 4 || tt.t(colon).start() >= lineEnd
                || !tt.t(colon).word().equals(":")) {
            return;
        }
        int contentStart = tt.t(colon).end();
        while (contentStart < lineEnd && (Character.isWhitespace(body.charAt(contentStart)))) {
            contentStart++;
        }
        int contentEnd = lineEnd;
        while (contentEnd > contentStart && Character.isWhitespace(body.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        if (StatementSuggester.wordCount(body.substring(contentStart, contentEnd)) < 3) {
            return;
        }
        boolean transcript = allCaps(tt, first, colon);
        boolean named = transcript || namedByModel(tt, first, colon) || namedLater(tt, first, colon);
        if (!named || NOT_SPEAKERS.contains(tt.lower(first).replace("’", "'")) || NOT_SPEAKERS.contains(tt.lower(colon - 1))) {
            return;
        }
        boolean quoted = QuotedSpans.isMark(body.charAt(contentStart)) || body.charAt(contentStart) == '‘';
        out.add(new Attribution(contentStart, contentEnd, first, colon, colon - 1, colon, colon + 1, transcript || quoted,
                transcript ? "a transcript's speaker label (\"X: …\")" : "a speaker named before a colon (\"X: …\")",
                transcript ? 0.7 : 0.55));
    }

    private static boolean allCaps(TokenText tt, int first, int end) {
        int letters = 0;
        for (int i = first; i < end; i++) {
            String w = tt.t(i).word();
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        return letters >= 2;
    }

    /** Every word of the label is part of a person's or an organisation's name as the model read it. */
    private static boolean namedByModel(TokenText tt, int first, int end) {
        for (int i = first; i < end; i++) {
            String ner = tt.t(i).ner();
            if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline's label in capitals the model did not read as a name ("Pence: …", where headline case hides it) whose
     * last word the text names as a person or an organisation further on ("… Pence said").
     */
    private static boolean namedLater(TokenText tt, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!Character.isUpperCase(tt.t(i).word().codePointAt(0)) || !tt.t(i).tag().startsWith("NN")) {
                return false;
            }
        }
        String head = tt.t(end - 1).word();
        for (int i = end; i < tt.tokens.size(); i++) {
            String ner = tt.t(i).ner();
            if (tt.t(i).word().equals(head) && (ner.equals("PERSON") || ner.equals("ORGANIZATION"))) {
                return true;
            }
        }
        return false;
    }

    /** A signature: capitalised words and initials only ("Edwin G. Monroy"), no verb. */
    private static boolean isName(TokenText tt, int first, int end) {
        for (int i = first; i < end; i++) {
            String w = tt.t(i).word();
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !w.toLowerCase(Locale.ROOT).equals(w.toUpperCase(Locale.ROOT))
                    || tt.isVerb(i) && !tt.t(i).tag().startsWith("NNP")) {
                return false;
            }
        }
        return Character.isUpperCase(tt.t(first).word().codePointAt(0));
    }
}
