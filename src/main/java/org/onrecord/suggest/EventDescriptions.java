package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A short description of what happened at a date, built from the dependency parse of its sentence
 * the way a headline is written: who (the subject), did what (the verb the date belongs to, with its
 * auxiliaries and negation) to what (the object, or the first complement that is not a time), each
 * phrase trimmed to its head and the words that name it ("the ferry union" → "ferry union", no
 * relative clauses, appositions or parentheses). A date that modifies a noun before it ("the Nov. 24
 * attack on …") describes that noun: "Attack on …".
 */
public final class EventDescriptions {
    /** At most this many words: a timeline label, not a sentence. */
    static final int MAX_WORDS = 12;
    private static final int PHRASE_WORDS = 8;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Relations inside a name or a noun phrase's core, never cut ("North Korea's", "Sony Pictures"). */
    private static final Set<String> TIGHT = Set.of("compound", "flat", "fixed", "goeswith", "nummod", "nmod:poss", "case",
            "det:poss");
    /** Looser modifiers that still name the thing ("attack on …", "Lynton and Pascal", "new"); relative clauses, appositions and asides never. */
    private static final Set<String> LOOSE = Set.of("nmod", "conj", "cc", "amod");
    /** What a verb acts on. */
    private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "xcomp", "ccomp", "obl");

    public record Description(String text, String rule) {
    }

    /**
     * The description of the event at the date [{@code dateStart}, {@code dateEnd}) of {@code parse},
     * or empty when the sentence gives no verb or noun to build one from.
     */
    public Optional<Description> describe(SentenceParse parse, int dateStart, int dateEnd) {
        Set<Integer> date = new TreeSet<>();
        for (int i = 0; i < parse.size(); i++) {
            Token t = parse.token(i);
            if (t.start() < dateEnd && dateStart < t.end()) {
                date.add(i);
            }
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        int head = date.stream().filter(i -> !date.contains(parse.head(i))).findFirst().orElse(date.iterator().next());
        int noun = parse.head(head);
        boolean modifiesNoun = noun >= 0 && isNoun(parse, noun) && head < noun && !date.contains(noun)
                && (parse.is(head, "compound") || parse.is(head, "nmod:poss") || parse.is(head, "amod"));
        int predicate = modifiesNoun ? -1 : predicate(parse, head, date);
        if (!modifiesNoun && predicate < 0) {
            return Optional.empty();
        }
        // phrases cut shorter until the whole fits a timeline label
        for (int limit = PHRASE_WORDS; limit >= 1; limit -= 2) {
            Builder b = new Builder(parse, date, limit);
            Optional<Description> d;
            if (modifiesNoun && parse.is(noun, "nsubj") && parse.head(noun) >= 0) {
                b.clause(parse.head(noun), 0); // "last week's storm flooded the valley": the noun and what it did
                d = b.result("the noun the date modifies and its clause (dependency parse)");
            } else if (modifiesNoun) {
                b.phrase(noun);
                d = b.result("the noun the date modifies, with the words that name it (dependency parse)");
            } else {
                b.clause(predicate, 0);
                d = b.result("subject, verb and object of the date's clause (dependency parse)");
            }
            if (d.isEmpty() || d.get().text().split(" ").length <= MAX_WORDS) {
                return d;
            }
            if (limit <= 2) {
                List<String> first = List.of(d.get().text().split(" ")).subList(0, MAX_WORDS);
                return Optional.of(new Description(String.join(" ", first), d.get().rule()));
            }
        }
        return Optional.empty();
    }

    /** The verb (or the predicate of a copula) the date belongs to: the nearest one above it. */
    private static int predicate(SentenceParse parse, int head, Set<Integer> date) {
        int j = head;
        for (int steps = 0; steps < parse.size(); steps++) {
            if (!date.contains(j) && (isVerb(parse, j) || parse.child(j, "cop") >= 0)) {
                return j;
            }
            int up = parse.head(j);
            if (up < 0) {
                // the date is the root: "The deadline is Friday" → the clause of the date itself
                return parse.child(j, "nsubj") >= 0 ? j : -1;
            }
            j = up;
        }
        return -1;
    }

    private static boolean isVerb(SentenceParse parse, int i) {
        return parse.token(i).tag().startsWith("VB");
    }

    private static boolean isNoun(SentenceParse parse, int i) {
        String tag = parse.token(i).tag();
        return tag.startsWith("NN");
    }

    /** Collects the chosen words and writes them in text order. */
    private static final class Builder {
        private final SentenceParse parse;
        private final Set<Integer> date;
        private final int limit;
        private final Set<Integer> words = new TreeSet<>();

        Builder(SentenceParse parse, Set<Integer> date, int limit) {
            this.parse = parse;
            this.date = date;
            this.limit = limit;
        }

        /** Subject, verb group and the first complement of the clause headed by {@code verb}. */
        void clause(int verb, int depth) {
            int subject = subjectOf(verb);
            if (subject >= 0) {
                phrase(subject);
            }
            int governing = parse.head(verb);
            if (parse.is(verb, "xcomp") && governing >= 0 && isVerb(parse, governing)) {
                verbGroup(governing); // "plans to open", "set to bow"
            }
            verbGroup(verb);
            if (parse.child(verb, "cop") >= 0) {
                phrase(verb); // "was behind two killings in Belfast": the predicate with the words that name it
                return;
            }
            int complement = firstComplement(verb);
            if (complement < 0) {
                return;
            }
            if ((parse.is(complement, "xcomp") || parse.is(complement, "ccomp"))
                    && (isVerb(parse, complement) || parse.child(complement, "cop") >= 0)) {
                int mark = parse.child(complement, "mark");
                if (mark >= 0 && mark < complement) {
                    words.add(mark);
                }
                if (depth < 1) {
                    clause(complement, depth + 1);
                } else {
                    verbGroup(complement);
                }
            } else {
                phrase(complement);
            }
        }

        /** What the verb acts on: its first object or complement that is not a time and not after a comma. */
        private int firstComplement(int verb) {
            for (int c : parse.children(verb)) {
                if (c < verb || isTime(c) || COMPLEMENTS.stream().noneMatch(r -> parse.is(c, r))) {
                    continue;
                }
                int from = leftmost(c);
                for (int k = verb + 1; k < from; k++) {
                    if (isPunctuation(k)) {
                        return -1;
                    }
                }
                return c;
            }
            return -1;
        }

        private int leftmost(int i) {
            int left = i;
            for (int c : parse.children(i)) {
                left = Math.min(left, leftmost(c));
            }
            return left;
        }

        /** Auxiliaries, copula, negation, particle and an infinitive's "to" with the verb. */
        private void verbGroup(int verb) {
            words.add(verb);
            for (int c : parse.children(verb)) {
                String word = parse.token(c).word().toLowerCase(Locale.ROOT);
                boolean before = c < verb;
                if ((parse.is(c, "aux") && before) || parse.is(c, "cop") || parse.is(c, "compound:prt")
                        || (parse.is(c, "advmod") && NEGATIONS.contains(word))
                        || (parse.is(c, "mark") && word.equals("to") && before)) {
                    words.add(c);
                }
            }
        }

        /**
         * Who does it: the clause's own subject; a relative pronoun's noun; the noun a participle
         * describes; else the subject of the clause it hangs from ("Sony plans to release …").
         */
        private int subjectOf(int verb) {
            int j = verb;
            for (int steps = 0; steps < 4 && j >= 0; steps++) {
                int subject = parse.child(j, "nsubj");
                if (subject < 0) {
                    subject = parse.child(j, "csubj");
                }
                if (subject >= 0 && !isTime(subject)) {
                    String tag = parse.token(subject).tag();
                    if ((tag.equals("WDT") || tag.equals("WP")) && parse.is(j, "acl:relcl") && parse.head(j) >= 0) {
                        return parse.head(j);
                    }
                    return subject;
                }
                if (parse.is(j, "acl:relcl") || (parse.is(j, "acl") && parse.child(j, "mark") < 0)) {
                    int noun = parse.head(j);
                    return noun >= 0 && isNoun(parse, noun) ? noun : -1;
                }
                if (!(parse.is(j, "xcomp") || parse.is(j, "conj") || parse.is(j, "acl") || parse.is(j, "advcl"))) {
                    return -1;
                }
                j = parse.head(j);
                if (j >= 0 && isNoun(parse, j)) {
                    j = parse.head(j); // "plans to premiere": the clause the noun belongs to
                }
            }
            return -1;
        }

        /**
         * The phrase headed by {@code head}: its naming words, the looser ones (prepositional
         * phrases, coordinated names, adjectives) dropped level by level until it fits the limit.
         * A name is never cut inside ("North Korea's United Nations delegation" stays whole).
         */
        void phrase(int head) {
            List<Integer> all = new ArrayList<>();
            for (int depth = 2; depth >= 0; depth--) {
                all.clear();
                collect(head, all, depth);
                if (all.size() <= limit) {
                    break;
                }
            }
            words.addAll(all);
        }

        private void collect(int i, List<Integer> out, int looseLeft) {
            if (date.contains(i) || isPunctuation(i) || isArticle(i) || isPossessivePronoun(i)) {
                return;
            }
            out.add(i);
            for (int c : parse.children(i)) {
                if (isTime(c) || parse.is(c, "conj") && (isVerb(parse, c) || parse.child(c, "nsubj") >= 0)) {
                    continue; // another clause ("… and focuses on …"), not part of the name
                }
                if (TIGHT.stream().anyMatch(r -> parse.is(c, r))) {
                    collect(c, out, looseLeft);
                } else if (looseLeft > 0 && LOOSE.stream().anyMatch(r -> parse.is(c, r)) && !parse.is(c, "nmod:tmod")) {
                    collect(c, out, looseLeft - 1);
                }
            }
        }

        /** A word that is itself a time (another date, a time modifier): not what happened. */
        boolean isTime(int i) {
            return date.contains(i) || parse.is(i, "obl:tmod") || parse.is(i, "nmod:tmod") || parse.token(i).ner().equals("DATE");
        }

        /** Punctuation; a currency sign or "%" is a word here ("$14 million", "13 %"). */
        private boolean isPunctuation(int i) {
            String word = parse.token(i).word();
            return !isMoneyOrPercent(word) && (parse.is(i, "punct") || word.chars().noneMatch(Character::isLetterOrDigit));
        }

        private boolean isPossessivePronoun(int i) {
            return parse.token(i).tag().equals("PRP$");
        }

        private boolean isArticle(int i) {
            return parse.is(i, "det") && ARTICLES.contains(parse.token(i).word().toLowerCase(Locale.ROOT));
        }

        Optional<Description> result(String rule) {
            List<Integer> chosen = new ArrayList<>(words);
            chosen.removeIf(i -> date.contains(i) || isPunctuation(i));
            // a preposition or conjunction left at either end reads as a fragment
            while (!chosen.isEmpty() && dangling(chosen.getLast())) {
                chosen.removeLast();
            }
            while (!chosen.isEmpty() && dangling(chosen.getFirst()) && !parse.is(chosen.getFirst(), "aux")) {
                chosen.removeFirst();
            }
            if (chosen.isEmpty() || chosen.size() == 1 && !isNoun(parse, chosen.getFirst()) && !isVerb(parse, chosen.getFirst())) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            String previous = "";
            for (int i : chosen) {
                String word = parse.token(i).word();
                if (!text.isEmpty() && !attaches(word) && !isCurrencySign(previous)) {
                    text.append(' ');
                }
                text.append(word);
                previous = word;
            }
            String s = text.toString();
            return Optional.of(new Description(Character.toUpperCase(s.charAt(0)) + s.substring(1), rule));
        }

        private boolean dangling(int i) {
            return parse.is(i, "case") || parse.is(i, "cc") || parse.is(i, "mark") || parse.is(i, "aux") || parse.is(i, "cop")
                    || parse.token(i).tag().equals("IN") || parse.token(i).tag().equals("TO");
        }

        private static boolean attaches(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019") || w.equals("n't") || w.equals("%");
        }

        private static boolean isMoneyOrPercent(String word) {
            return isCurrencySign(word) || word.equals("%");
        }

        private static boolean isCurrencySign(String word) {
            return word.matches("\\p{Lu}{0,3}[$\u20ac\u00a3\u00a5]");
        }
    }
}
