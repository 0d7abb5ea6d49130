package org.onrecord.report;

import org.onrecord.model.Statement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the same statement reported by several sources: words equal once normalised (case, accents,
 * quotes, punctuation, spacing), or one containing the other when the shorter has at least
 * {@value #MIN_CONTAINED_WORDS} words. Only statements of different articles are joined.
 */
public final class SameStatements {
    static final int MIN_CONTAINED_WORDS = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Work done by the last grouping on this thread: candidate texts looked at (for tests: it must stay linear). */
    private static final ThreadLocal<long[]> CHECKS = ThreadLocal.withInitial(() -> new long[1]);

    private SameStatements() {
    }

    /**
     * Groups in the order of their first member; members in the order given. A long statement can
     * only be contained in another if each of its runs of {@value #MIN_CONTAINED_WORDS} words occurs
     * there, so every text is filed under one such run and looked up through the runs of the others:
     * the work grows with the number of words, not with the square of the statements.
     */
    public static List<List<Statement>> group(List<Statement> statements) {
        long[] checks = CHECKS.get();
        checks[0] = 0;
        int n = statements.size();
        String[] norm = new String[n];
        String[][] words = new String[n][];
        for (int i = 0; i < n; i++) {
            norm[i] = normalise(statements.get(i).span().text());
            words[i] = norm[i].isEmpty() ? new String[0] : norm[i].split(" ");
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, SameText> byText = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!norm[i].isEmpty()) {
                byText.computeIfAbsent(norm[i], t -> new SameText()).add(i, statements.get(i).articleId());
            }
        }
        Map<String, long[]> shingles = new HashMap<>();
        LongInts textsWithShingle = new LongInts(byText.size() * 4);
        for (Map.Entry<String, SameText> text : byText.entrySet()) {
            SameText same = text.getValue();
            if (same.articles.size() > 1) {
                // identical words from two sources: every copy is the same statement
                same.members.forEach(m -> union(parent, m, same.members.getFirst()));
                same.joined = true;
            }
            if (words[same.members.getFirst()].length >= MIN_CONTAINED_WORDS) {
                // only a text this long may be found inside another
                long[] own = shingles(words[same.members.getFirst()]);
                shingles.put(text.getKey(), own);
                long[] distinct = own.clone();
                Arrays.sort(distinct);
                for (int k = 0; k < distinct.length; k++) {
                    if (k == 0 || distinct[k] != distinct[k - 1]) {
                        textsWithShingle.add(distinct[k], 1);
                    }
                }
            }
        }
        // Each text is filed under its rarest run of words: any text containing it has that run too,
        // and few other texts do (filing under the opening words would crowd texts that begin alike).
        // Runs are kept as primitive longs: boxing each of the ~8 runs of every text was a third of the grouping.
        LongInts runIndex = new LongInts(shingles.size() * 2);
        List<List<String>> textsByRun = new ArrayList<>();
        for (Map.Entry<String, long[]> text : shingles.entrySet()) {
            long rarest = 0;
            int fewest = Integer.MAX_VALUE;
            for (long run : text.getValue()) {
                int count = textsWithShingle.get(run);
                if (count < fewest) {
                    fewest = count;
                    rarest = run;
                }
            }
            int at = runIndex.get(rarest);
            if (at == 0) {
                textsByRun.add(new ArrayList<>());
                at = textsByRun.size();
                runIndex.add(rarest, at);
            }
            textsByRun.get(at - 1).add(text.getKey());
        }
        for (Map.Entry<String, long[]> longText : shingles.entrySet()) {
            String padded = " " + longText.getKey() + " ";
            SameText outer = byText.get(longText.getKey());
            Set<String> seen = null;
            for (long run : longText.getValue()) {
                int at = runIndex.get(run);
                if (at == 0) {
                    continue;
                }
                for (String candidate : textsByRun.get(at - 1)) {
                    checks[0]++;
                    if (candidate.equals(longText.getKey()) || candidate.length() > longText.getKey().length()) {
                        continue;
                    }
                    if (seen == null) {
                        seen = new HashSet<>();
                    }
                    if (!seen.add(candidate) || !padded.contains(" " + candidate + " ")) {
                        continue;
                    }
                    join(parent, outer, byText.get(candidate), statements);
                }
            }
        }
        Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /** A 64-bit hash of each run of {@value #MIN_CONTAINED_WORDS} words (a collision only adds a candidate to check). */
    private static long[] shingles(String[] words) {
        long[] out = new long[words.length - MIN_CONTAINED_WORDS + 1];
        for (int at = 0; at < out.length; at++) {
            long h = 1125899906842597L;
            for (int k = at; k < at + MIN_CONTAINED_WORDS; k++) {
                h = 31 * h + words[k].hashCode() * 0x9E3779B97F4A7C15L + words[k].length();
            }
            out[at] = h;
        }
        return out;
    }

    /** Candidate texts the last {@link #group} on this thread looked at. */
    static long lastChecks() {
        return CHECKS.get()[0];
    }

    /** Every statement of {@code outer} joins every statement of {@code inner} (the words it contains) from another source. */
    private static void join(int[] parent, SameText outer, SameText inner, List<Statement> statements) {
        for (int i : outer.members) {
            long article = statements.get(i).articleId();
            if (inner.joined) {
                // the copies are one group already: joining one of another source joins them all
                if (inner.articles.size() > 1 || inner.articles.iterator().next() != article) {
                    union(parent, i, inner.members.getFirst());
                }
                continue;
            }
            if (inner.articles.iterator().next() != article) {
                inner.members.forEach(j -> union(parent, i, j));
                inner.joined = true;
            }
        }
    }

    /** Counts (or 1-based indexes) by 64-bit key, open addressing, no boxing; 0 means absent. */
    private static final class LongInts {
        private long[] keys;
        private int[] values;
        private int size;

        LongInts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            keys = new long[capacity];
            values = new int[capacity];
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (values[i] == 0) {
                    return 0;
                }
                if (keys[i] == key) {
                    return values[i];
                }
            }
        }

        void add(long key, int delta) {
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == 0) {
                keys[i] = key;
                if (++size * 2 > keys.length) {
                    values[i] = delta;
                    grow();
                    return;
                }
            }
            values[i] += delta;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    add(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }

    /** The statements whose normalised words are one text, and the sources they come from. */
    private static final class SameText {
        final List<Integer> members = new ArrayList<>();
        final Set<Long> articles = new HashSet<>();
        /** Whether all members are in one group already. */
        boolean joined;

        void add(int index, long articleId) {
            members.add(index);
            articles.add(articleId);
        }
    }

    static String normalise(String text) {
        // ASCII has nothing to decompose and no marks to drop: most statements skip the Unicode pass (and its regex)
        String s = (isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space && (Character.isWhitespace(c) || isWordBreak(c))) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordBreak(char c) {
        return c == '-' || c == '—' || c == '–' || c == '/' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!'
                || c == '?' || c == '(' || c == ')';
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

}
