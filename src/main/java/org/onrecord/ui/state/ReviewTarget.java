package org.onrecord.ui.state;

import org.onrecord.model.ReviewState;
import org.onrecord.service.CaseSnapshot;

import java.util.Optional;

/**
 * Which suggestion Accept / Reject act on: the focused event or statement, or — when the focus is
 * words in the text, as after a click on a dashed suggestion — the suggested event or statement
 * under them (the one drawn as focused first, events before statements).
 */
public final class ReviewTarget {
    private ReviewTarget() {
    }

    /** A {@link Focus.OnEvent} or {@link Focus.OnStatement}, or empty when nothing reviewable has the focus. */
    public static Optional<Focus> of(CaseSnapshot snapshot, Focus focus, FocusContext context) {
        if (focus instanceof Focus.OnEvent || focus instanceof Focus.OnStatement) {
            return Optional.of(focus);
        }
        if (!(focus instanceof Focus.OnSpan)) {
            return Optional.empty();
        }
        Optional<Focus> suggested = suggestedEvent(snapshot, context.primaryEvent())
                .or(() -> context.events().stream().sorted().flatMap(id -> suggestedEvent(snapshot, id).stream()).findFirst())
                .or(() -> suggestedStatement(snapshot, context.primaryStatement()))
                .or(() -> context.statements().stream().sorted().flatMap(id -> suggestedStatement(snapshot, id).stream()).findFirst());
        if (suggested.isPresent()) {
            return suggested;
        }
        if (context.primaryEvent() != null) {
            return Optional.of(new Focus.OnEvent(context.primaryEvent()));
        }
        return Optional.ofNullable(context.primaryStatement()).map(Focus.OnStatement::new);
    }

    private static Optional<Focus> suggestedEvent(CaseSnapshot snapshot, Long id) {
        return id == null ? Optional.empty() : snapshot.event(id).filter(e -> e.state() == ReviewState.SUGGESTED)
                .map(e -> new Focus.OnEvent(e.id()));
    }

    private static Optional<Focus> suggestedStatement(CaseSnapshot snapshot, Long id) {
        return id == null ? Optional.empty() : snapshot.statement(id).filter(s -> s.state() == ReviewState.SUGGESTED)
                .map(s -> new Focus.OnStatement(s.id()));
    }
}
