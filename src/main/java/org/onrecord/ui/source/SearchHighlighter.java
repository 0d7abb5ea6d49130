package org.onrecord.ui.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds the words of a search query in a body, the way the case's full-text index matched them:
 * every word and "quoted phrase" is a term, a trailing * makes a prefix, letters and digits make
 * tokens (everything else separates them), case and diacritics are ignored ("muller" finds "Müller").
 * Offsets stay those of the body because folding is done one char at a time.
 */
public final class SearchHighlighter {
    private static final int MAX_TERMS = 32;

    /** One query term: its folded tokens in order; the last one may be a prefix. */
    private record Term(String[] tokens, boolean prefix) {
    }

    public List<TextRange> find(String body, String query) {
        List<Term> terms = parse(query);
        if (terms.isEmpty() || body.isEmpty()) {
            return List.of();
        }
        String folded = fold(body);
        int[] tokenBounds = tokenize(folded);
        int tokenCount = tokenBounds.length / 2;
        String[] tokens = new String[tokenCount];
        for (int t = 0; t < tokenCount; t++) {
            tokens[t] = folded.substring(tokenBounds[2 * t], tokenBounds[2 * t + 1]);
        }
        List<TextRange> hits = new ArrayList<>();
        for (int t = 0; t < tokenCount; t++) {
            for (Term term : terms) {
                int last = matchAt(tokens, t, term);
                if (last >= 0) {
                    hits.add(new TextRange(tokenBounds[2 * t], tokenBounds[2 * last + 1]));
                }
            }
        }
        return hits;
    }

    /** Index of the term's last token when the term starts at token {@code t}, else -1. */
    private static int matchAt(String[] tokens, int t, Term term) {
        String[] wanted = term.tokens();
        if (t + wanted.length > tokens.length) {
            return -1;
        }
        for (int k = 0; k < wanted.length; k++) {
            boolean lastOfPrefix = term.prefix() && k == wanted.length - 1;
            boolean ok = lastOfPrefix ? tokens[t + k].startsWith(wanted[k]) : tokens[t + k].equals(wanted[k]);
            if (!ok) {
                return -1;
            }
        }
        return t + wanted.length - 1;
    }

    static List<Term> parse(String query) {
        List<Term> terms = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return terms;
        }
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < query.length() && terms.size() < MAX_TERMS; i++) {
            char ch = query.charAt(i);
            if (ch == '"') {
                addTerm(current, terms, inPhrase);
                inPhrase = !inPhrase;
            } else if (!inPhrase && Character.isWhitespace(ch)) {
                addTerm(current, terms, false);
            } else {
                current.append(ch);
            }
        }
        addTerm(current, terms, inPhrase);
        return terms;
    }

    private static void addTerm(StringBuilder current, List<Term> terms, boolean phrase) {
        String raw = current.toString().strip();
        current.setLength(0);
        boolean prefix = !phrase && raw.endsWith("*");
        String folded = fold(raw);
        int[] bounds = tokenize(folded);
        if (bounds.length == 0) {
            return;
        }
        String[] tokens = new String[bounds.length / 2];
        for (int t = 0; t < tokens.length; t++) {
            tokens[t] = folded.substring(bounds[2 * t], bounds[2 * t + 1]);
        }
        terms.add(new Term(tokens, prefix));
    }

    /** [start, end) pairs of the letter-or-digit runs. */
    private static int[] tokenize(String text) {
        int[] bounds = new int[16];
        int size = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (size + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[size++] = start;
                bounds[size++] = i;
            }
        }
        return Arrays.copyOf(bounds, size);
    }

    /** Lower case without diacritics, one char for one char so offsets still point into the original. */
    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char ch = text.charAt(i);
            if (ch < 128) {
                chars[i] = Character.toLowerCase(ch);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
                chars[i] = decomposed.toLowerCase(Locale.ROOT).charAt(0);
            }
        }
        return new String(chars);
    }
}
