package org.onrecord.service;

import org.onrecord.model.TextSpan;

/**
 * One suggestion nobody has reviewed yet, as the review walks it: what kind of item it is, where its
 * words are, what it proposes, and the evidence stored with it (the words, the rule or model).
 * {@code paragraph} counts as a citation does (from 1). {@code group} is what "by type" gathers: the entity type of a mention ("PERSON"), "EVENT" or "STATEMENT".
 */
public record Suggestion(Kind kind, long id, long articleId, int paragraph, TextSpan span, Long entityId, String group,
                         String proposal, String evidence) {

    /** The kinds of suggestion, each one row of its table with origin=suggested, state=suggested. */
    public enum Kind {
        MENTION("Entity"), EVENT("Date / event"), STATEMENT("Statement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The rule or model that proposed it ({@link EvidenceRule}), what "by rule" gathers. */
    public String rule() {
        return EvidenceRule.of(evidence);
    }

    /** What it proposes, as the review shows it: "Entity: Sony Pictures (organization)". */
    public String headline() {
        return kind.label() + ": " + proposal;
    }

    /**
     * Its evidence as the review shows it, in the window and on the command line: the words, where
     * they stand and what proposed them — "“Sony Pictures” in Hackers strike, ¶3 · proposed by NER: ORGANIZATION".
     */
    public String evidenceLine(String articleTitle) {
        String words = span.text().strip().replaceAll("\\s+", " ");
        if (words.length() > 80) {
            words = words.substring(0, 77) + "…";
        }
        String why = evidence == null || evidence.isBlank() ? "no evidence recorded" : evidence.strip().replace('\n', ' ');
        return "“" + words + "” in " + articleTitle + ", ¶" + paragraph + " · proposed by " + why;
    }

    public boolean sameItem(Suggestion other) {
        return other != null && other.kind == kind && other.id == id;
    }
}
