package org.onrecord.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence as the dependency parser read it: its tokens, and for each token the index of the
 * token it depends on (-1 for the root) and the Universal Dependencies relation to it ("nsubj",
 * "obj", "obl:tmod"…). Plain data, so the rules that read it can be tested on hand-written parses.
 */
public record SentenceParse(List<Token> tokens, int[] heads, String[] relations) {
    public SentenceParse {
        tokens = List.copyOf(tokens);
        heads = heads.clone();
        relations = relations.clone();
        if (heads.length != tokens.size() || relations.length != tokens.size()) {
            throw new IllegalArgumentException("one head and one relation per token");
        }
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int head(int i) {
        return heads[i];
    }

    public String relation(int i) {
        return relations[i];
    }

    /** The tokens that depend on {@code i}, in text order. */
    public List<Integer> children(int i) {
        List<Integer> children = new ArrayList<>();
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i) {
                children.add(j);
            }
        }
        return children;
    }

    /** The first child of {@code i} whose relation is {@code relation} or a subtype of it ("nsubj" finds "nsubj:pass"), or -1. */
    public int child(int i, String relation) {
        for (int j : children(i)) {
            if (is(j, relation)) {
                return j;
            }
        }
        return -1;
    }

    /** True when token {@code j}'s relation is {@code relation} or a subtype of it. */
    public boolean is(int j, String relation) {
        String r = relations[j];
        return r.equals(relation) || r.startsWith(relation + ":");
    }

    /** Where the sentence starts and ends in the text. */
    public int start() {
        return tokens.getFirst().start();
    }

    public int end() {
        return tokens.getLast().end();
    }
}
