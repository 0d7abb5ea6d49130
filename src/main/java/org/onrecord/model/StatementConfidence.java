package org.onrecord.model;

/**
 * How sure the suggestion rules were of a statement ({@code confidence}, 0..1) and of its kind
 * ({@code kindConfidence}); kept apart from {@link Statement} because only suggestions have one.
 */
public record StatementConfidence(long statementId, double confidence, double kindConfidence) {
    /** Below this the kind is shown as unsure. */
    public static final double KIND_SURE = 0.7;

    public boolean kindUnsure() {
        return kindConfidence < KIND_SURE;
    }
}
