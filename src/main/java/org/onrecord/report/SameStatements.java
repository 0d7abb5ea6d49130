package org.onrecord.report;

import org.onrecord.model.Statement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the same statement reported by several sources: words equal once normalised (case, accents,
 * quotes, punctuation, spacing), or one containing the other when the shorter has at least
 * {@value #MIN_CONTAINED_WORDS} words. Only statements of different articles are joined.
 */
public final class SameStatements {
    static final int MIN_CONTAINED_WORDS = 8;

    private SameStatements() {
    }

    /** Groups in the order of their first member; members in the order given. */
    public static List<List<Statement>> group(List<Statement> statements) {
        int n = statements.size();
        String[] norm = new String[n];
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            norm[i] = normalise(statements.get(i).span().text());
            words[i] = norm[i].isEmpty() ? 0 : norm[i].split(" ").length;
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstByText = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer j = firstByText.putIfAbsent(norm[i], i);
            if (j != null && statements.get(j).articleId() != statements.get(i).articleId() && !norm[i].isEmpty()) {
                union(parent, i, j);
            }
        }
        // containment: only for statements long enough to be contained
        List<Integer> longOnes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (words[i] >= MIN_CONTAINED_WORDS) {
                longOnes.add(i);
            }
        }
        for (int a = 0; a < longOnes.size(); a++) {
            int i = longOnes.get(a);
            String wi = " " + norm[i] + " ";
            for (int b = 0; b < longOnes.size(); b++) {
                int j = longOnes.get(b);
                if (i == j || words[j] > words[i] || statements.get(i).articleId() == statements.get(j).articleId()) {
                    continue;
                }
                if (find(parent, i) != find(parent, j) && wi.contains(" " + norm[j] + " ")) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
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
