package org.onrecord.suggest;

import org.onrecord.model.TextSpan;

/**
 * A proposed statement: the said words ({@code direct} when quoted), the speaker as a reader names
 * them ({@code speaker}) and where the text names them ({@code speakerSpan}, a pronoun's own place;
 * {@code speakerNameSpan} is the name or description it stands for, to link an entity), the
 * reporting words ({@code cueSpan}), who it was said to or through ({@code via}), the kind with how
 * sure the rule is, how sure the whole suggestion is, the stretch that may date it
 * ({@code clauseStart..clauseEnd}, the attribution's sentence) and the evidence in words.
 */
public record StatementSuggestion(TextSpan span, boolean direct, String speaker, TextSpan speakerSpan,
                                  TextSpan speakerNameSpan, TextSpan cueSpan, String via, String kind,
                                  double kindConfidence, double confidence, int clauseStart, int clauseEnd,
                                  String evidence) {
    public boolean kindUnsure() {
        return kindConfidence < StatementKindRules.SURE;
    }
}
