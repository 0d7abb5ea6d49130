package org.onrecord.report;

import org.junit.jupiter.api.Test;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The same words in several sources, found through an index: the same groups as comparing every pair, without the pairs. */
class SameStatementsTest {
    private static final String[] VOCABULARY = {"the", "quay", "will", "not", "be", "sold", "while", "I", "am", "mayor", "audit",
            "harbour", "ferry", "budget", "denied", "strike", "memo", "council", "said", "never"};

    @Test
    void groupsAreThoseOfComparingEveryPair() {
        Random random = new Random(11);
        for (int round = 0; round < 10; round++) {
            List<Statement> statements = new ArrayList<>();
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String words;
                if (!pool.isEmpty() && random.nextInt(3) == 0) {
                    // part of an earlier statement, whole words, sometimes with words around it
                    String[] earlier = pool.get(random.nextInt(pool.size())).split(" ");
                    int from = random.nextInt(Math.max(1, earlier.length - 6));
                    int to = Math.min(earlier.length, from + 6 + random.nextInt(8));
                    words = (random.nextBoolean() ? "Well, " : "") + String.join(" ", List.of(earlier).subList(from, to))
                            + (random.nextBoolean() ? " — indeed." : "");
                } else {
                    words = sentence(random, 5 + random.nextInt(12));
                }
                pool.add(words);
                statements.add(statement(i + 1, 1 + random.nextInt(6), words));
            }
            assertThat(ids(SameStatements.group(statements))).isEqualTo(ids(everyPair(statements)));
        }
    }

    @Test
    void fiftyThousandStatementsAreNotComparedPairByPair() {
        Random random = new Random(3);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            // all open alike, as quotes often do: an index by opening words alone would crowd them together
            statements.add(statement(i + 1, i / 5, "The minister said on Tuesday that the government " + sentence(random, 10)));
        }
        List<List<Statement>> groups = SameStatements.group(statements);
        assertThat(groups.size()).isGreaterThan(49_000);
        assertThat(SameStatements.lastChecks()).as("candidate texts looked at for 50,000 statements (all pairs: 1.25e9)")
                .isLessThan(10L * statements.size());
    }

    @Test
    void manyCopiesOfOneQuoteAreOneGroupWithoutComparingCopies() {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            statements.add(statement(i + 1, i, "We will never sell the quay while I am the mayor of this town"));
            statements.add(statement(100_000 + i, i, "Well, we will never sell the quay while I am the mayor of this town, she said"));
        }
        List<List<Statement>> groups = SameStatements.group(statements);
        assertThat(groups).hasSize(1);
        assertThat(SameStatements.lastChecks()).isLessThan(100);
    }

    @Test
    void normalisingAsciiTextGivesWhatTheUnicodePassGives() {
        // ASCII skips the decomposition: the words must come out as the whole pass makes them
        Random random = new Random(5);
        String punctuation = " ,.;:!?-/()'\"\t\n&%$#*_";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                int pick = random.nextInt(4);
                text.append(pick == 0 ? punctuation.charAt(random.nextInt(punctuation.length()))
                        : pick == 1 ? (char) ('A' + random.nextInt(26)) : pick == 2 ? (char) ('0' + random.nextInt(10))
                        : (char) ('a' + random.nextInt(26)));
            }
            String t = text.toString();
            assertThat(SameStatements.normalise(t)).isEqualTo(unicodePass(t));
        }
        for (String t : List.of("José Álvarez SAID “no”", "Søren Ødegård — ﬁnal word", "김민준 said", "café au lait")) {
            assertThat(SameStatements.normalise(t)).isEqualTo(unicodePass(t));
        }
        assertThat(SameStatements.normalise("José said: “No, Never!”")).isEqualTo("jose said no never");
    }

    /** The rule before the ASCII shortcut, verbatim: decompose, drop marks, lower-case, then words. */
    private static String unicodePass(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return SameStatements.normalise(s);
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(50));
        }
        return out.toString();
    }

    /** The rule as written: equal once normalised, or the longer contains the shorter (at least 8 words), other source. */
    private static List<List<Statement>> everyPair(List<Statement> statements) {
        int n = statements.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        String[] norm = statements.stream().map(s -> SameStatements.normalise(s.span().text())).toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                String a = norm[i];
                String b = norm[j];
                boolean same = i != j && statements.get(i).articleId() != statements.get(j).articleId() && !a.isEmpty()
                        && (a.equals(b) || b.split(" ").length >= SameStatements.MIN_CONTAINED_WORDS
                        && (" " + a + " ").contains(" " + b + " "));
                if (same && group[i] != group[j]) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < n; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        List<List<Statement>> out = new ArrayList<>();
        java.util.Map<Integer, List<Statement>> byGroup = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byGroup.computeIfAbsent(group[i], k -> new ArrayList<>()).add(statements.get(i));
        }
        out.addAll(byGroup.values());
        return out;
    }

    private static Set<Set<Long>> ids(List<List<Statement>> groups) {
        Set<Set<Long>> out = new HashSet<>();
        groups.forEach(g -> out.add(g.stream().map(Statement::id).collect(Collectors.toSet())));
        return out;
    }

    private static Statement statement(long id, long article, String words) {
        return new Statement(id, article, new TextSpan(0, words.length(), words), "x", null, null, null, null, "claim", true, null,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }
}
