package org.onrecord.service;

/**
 * The rule or model behind a suggestion, read from the first clause of its stored evidence, so
 * the suggestions one rule made can be accepted or rejected together: "NER: PERSON, inside the
 * hyphenated “Pitt-starrer”; same surname as Brad Pitt" → "NER: PERSON"; "acronym of Voice of America" →
 * "acronym"; "date: yesterday: the day before publication" → "date: yesterday". The particulars of one item (its words, its dates,
 * what it was grouped with) are left out.
 */
public final class EvidenceRule {
    /** The rule of a suggestion stored without evidence. */
    public static final String NONE = "no evidence recorded";

    private EvidenceRule() {
    }

    public static String of(String evidence) {
        if (evidence == null || evidence.isBlank()) {
            return NONE;
        }
        String clause = evidence.strip().lines().findFirst().orElse("");
        clause = cut(clause, ";");
        String prefix = "";
        if (clause.startsWith("date:")) {
            prefix = "date: ";
            clause = cut(clause.substring("date:".length()), ":");
        }
        clause = cut(clause, ",", "“", "\"", "(", "→");
        if (!prefix.isEmpty()) {
            clause = cutAtDigit(clause);
        } else {
            clause = cut(clause, " of ", " as ", " with its "); // the name it links to: "acronym of Voice of America"
        }
        String rule = (prefix + clause.strip()).strip();
        return rule.isEmpty() || rule.equals("date:") ? (prefix.isEmpty() ? NONE : "date") : rule;
    }

    private static String cut(String text, String... marks) {
        int end = text.length();
        for (String mark : marks) {
            int at = text.indexOf(mark);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end);
    }

    private static String cutAtDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
