package org.onrecord.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a researcher typed into a search box, parsed once for every place that needs it: the
 * full-text index, the marks in the source text and the place a hit opens at. Every word and
 * "quoted phrase" is a term that must occur; a trailing {@code *} makes a term a prefix; FTS5
 * syntax characters mean nothing. Words are split and folded as the case's index does it
 * (FTS5 {@code unicode61 remove_diacritics 2}): letters, digits, private-use characters and
 * combining marks make words; case and diacritics are ignored, so "Pyongyang" finds "Pyŏngyang"
 * and "cafe" finds "café", whether the accent is one character or a combining one.
 */
public final class SearchQuery {
    private static final int MAX_TERMS = 32;
    private static final SearchQuery EMPTY = new SearchQuery(List.of());

    /**
     * One term: its words as typed (what the index is given, to fold them its own way) and as
     * folded (what bodies are compared with), in order; the last word may be a prefix.
     */
    public record Term(List<String> words, List<String> folded, boolean prefix) {
        public Term {
            words = List.copyOf(words);
            folded = List.copyOf(folded);
        }
    }

    /** Where a term was found in a body: UTF-16 offsets, end exclusive. */
    public record Match(int start, int end) {
    }

    private final List<Term> terms;

    private SearchQuery(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return EMPTY;
        }
        List<Term> terms = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < typed.length() && terms.size() < MAX_TERMS; i++) {
            char ch = typed.charAt(i);
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
        return new SearchQuery(terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms);
    }

    public List<Term> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The query as an FTS5 MATCH expression: each term a quoted phrase, all required. Empty when nothing is searchable. */
    public String ftsExpression() {
        StringBuilder out = new StringBuilder();
        for (Term term : terms) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append('"').append(String.join(" ", term.words())).append('"');
            if (term.prefix()) {
                out.append('*');
            }
        }
        return out.toString();
    }

    /** Every place in {@code body} where a term occurs, in the order of the body. */
    public List<Match> findIn(String body) {
        if (terms.isEmpty() || body == null || body.isEmpty()) {
            return List.of();
        }
        Words words = Words.of(body);
        List<Match> found = new ArrayList<>();
        for (int w = 0; w < words.count(); w++) {
            for (Term term : terms) {
                int last = lastWordOfMatch(words, w, term);
                if (last >= 0) {
                    found.add(new Match(words.start(w), words.end(last)));
                }
            }
        }
        return found;
    }

    /** The first place in {@code body} where any term occurs (the longer one when two start together). */
    public Optional<Match> firstIn(String body) {
        Match first = null;
        for (Match m : findIn(body)) {
            if (first == null) {
                first = m;
            } else if (m.start() == first.start() && m.end() > first.end()) {
                first = m;
            } else if (m.start() > first.start()) {
                break;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * A short passage of {@code text} around its best run of matches: {@code size} words, the
     * matched words between [ and ], "…" where the text goes on. Linear in the text (FTS5's own
     * snippet() is quadratic in the number of matches, which a long note full of one word makes slow).
     */
    public String snippet(String text, int size) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Words words = Words.of(text);
        if (words.count() == 0) {
            return text.strip();
        }
        List<Match> matches = findIn(text);
        int from = bestWindow(words, matches, size);
        int to = Math.min(words.count(), from + size) - 1;
        boolean cutBefore = from > 0;
        boolean cutAfter = to < words.count() - 1;
        int start = cutBefore ? words.start(from) : 0;
        int end = cutAfter ? words.end(to) : text.length();
        StringBuilder out = new StringBuilder();
        if (cutBefore) {
            out.append('…');
        }
        int at = start;
        for (Match m : matches) {
            if (m.start() < at || m.end() > end) {
                continue;
            }
            out.append(text, at, m.start()).append('[').append(text, m.start(), m.end()).append(']');
            at = m.end();
        }
        out.append(text, at, end);
        if (cutAfter) {
            out.append('…');
        }
        return out.toString().strip();
    }

    /** The first word of the {@code size}-word window holding the most match starts (the earliest such window). */
    private static int bestWindow(Words words, List<Match> matches, int size) {
        int[] matchWords = new int[matches.size()];
        int w = 0;
        for (int i = 0; i < matches.size(); i++) {
            while (words.start(w) < matches.get(i).start()) {
                w++;
            }
            matchWords[i] = w;
        }
        int best = 0;
        int bestCount = 0;
        int first = 0;
        for (int last = 0; last < matchWords.length; last++) {
            while (matchWords[last] - matchWords[first] >= size) {
                first++;
            }
            if (last - first + 1 > bestCount) {
                bestCount = last - first + 1;
                best = matchWords[first];
            }
        }
        // start a little before the first match so it is read in context
        int lead = bestCount == 0 ? 0 : Math.min(size / 4, best);
        return Math.max(0, Math.min(best - lead, words.count() - size));
    }

    /** Index of the term's last word when the term starts at word {@code w}, else -1. */
    private static int lastWordOfMatch(Words words, int w, Term term) {
        List<String> wanted = term.folded();
        if (w + wanted.size() > words.count()) {
            return -1;
        }
        for (int k = 0; k < wanted.size(); k++) {
            String word = words.folded(w + k);
            boolean prefix = term.prefix() && k == wanted.size() - 1;
            if (!(prefix ? word.startsWith(wanted.get(k)) : word.equals(wanted.get(k)))) {
                return -1;
            }
        }
        return w + wanted.size() - 1;
    }

    private static void addTerm(StringBuilder current, List<Term> terms, boolean phrase) {
        String raw = current.toString().strip();
        current.setLength(0);
        Words words = Words.of(raw);
        if (words.count() == 0) {
            return;
        }
        List<String> typed = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (int w = 0; w < words.count(); w++) {
            typed.add(raw.substring(words.start(w), words.end(w)));
            folded.add(words.folded(w));
        }
        terms.add(new Term(typed, folded, !phrase && raw.endsWith("*")));
    }

    /** The words of a text, found and folded the way the index's tokenizer does it. */
    private record Words(int[] bounds, String[] folded) {
        static Words of(String text) {
            int[] bounds = new int[32];
            List<String> folded = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                word.setLength(0);
                while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
                    appendFolded(word, cp);
                    i += Character.charCount(cp);
                }
                if (word.isEmpty()) {
                    continue; // marks alone make no word
                }
                int n = folded.size();
                if (2 * n + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * n] = start;
                bounds[2 * n + 1] = i;
                folded.add(word.toString());
            }
            return new Words(bounds, folded.toArray(String[]::new));
        }

        int count() {
            return folded.length;
        }

        int start(int w) {
            return bounds[2 * w];
        }

        int end(int w) {
            return bounds[2 * w + 1];
        }

        String folded(int w) {
            return folded[w];
        }

        private static boolean isWordChar(int cp) {
            return switch (Character.getType(cp)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                     Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE,
                     Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
                default -> false;
            };
        }

        /** Lower case, without the diacritics: a combining mark is dropped, a precomposed letter loses its marks. */
        private static void appendFolded(StringBuilder out, int cp) {
            if (cp < 128) {
                out.append((char) Character.toLowerCase(cp));
                return;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                return;
            }
            String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
            out.append(decomposed.substring(0, Character.charCount(decomposed.codePointAt(0))).toLowerCase(Locale.ROOT));
        }
    }
}
