package org.onrecord.ui.help;

import org.onrecord.service.CaseSnapshot;

import java.util.Optional;

/**
 * What an empty pane says, so a newcomer sees how to start: import, then select words and press
 * Q, E or T. The hint above the source text stays until the case holds its first annotation.
 */
public final class NewcomerHints {
    public static final String MARK = "Select words in the text, then press Q for a statement (who said it), "
            + "E for an entity (a person, organisation or place) or T for a date or event.";
    public static final String IMPORT = "This case has no articles yet: File › Import files (Ctrl+I), "
            + "or drop article files (.txt, .html, .pdf) on the window.";
    public static final String NO_STATEMENTS = "No statements yet. Select the words said in the source text and press Q.";
    public static final String NO_STATEMENTS_MATCH = "No statements match the filters.";
    public static final String NO_ENTITIES = "No entities yet. Select a name in the source text and press E.";
    public static final String NO_EVENTS = "No dated events yet. Select a date in the source text and press T, "
            + "or let Annotate › Suggest dates propose them.";

    private NewcomerHints() {
    }

    /** The line above the source text: how to begin, until the case has articles and a first annotation. */
    public static Optional<String> sourceHint(CaseSnapshot snapshot, boolean caseOpen) {
        if (!caseOpen) {
            return Optional.empty();
        }
        if (snapshot.articles().isEmpty()) {
            return Optional.of(IMPORT);
        }
        boolean annotated = !snapshot.statements().isEmpty() || !snapshot.mentions().isEmpty() || !snapshot.events().isEmpty();
        return annotated ? Optional.empty() : Optional.of(MARK);
    }

    /** The statement table's placeholder: how to add one when there are none, else that the filters hide them. */
    public static String statementsPlaceholder(int total) {
        return total == 0 ? NO_STATEMENTS : NO_STATEMENTS_MATCH;
    }

    public static String timelinePlaceholder(CaseSnapshot snapshot) {
        return snapshot.articles().isEmpty() ? IMPORT : NO_EVENTS;
    }
}
