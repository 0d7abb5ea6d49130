package org.onrecord.ui.notes;

import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

/** What a note is about: focusing it in every pane, and naming it in words. */
public final class NoteTargets {
    private NoteTargets() {
    }

    /** Opens what the note is about: its article, or the entity, statement or event with its article. */
    public static void focus(WorkbenchState state, Note.NoteTarget target, long id, PaneId origin) {
        switch (target) {
            case ARTICLE -> state.selectArticle(id, origin);
            case ENTITY -> state.focus(new Focus.OnEntity(id), origin);
            case STATEMENT -> state.focus(new Focus.OnStatement(id), origin);
            case EVENT -> state.focus(new Focus.OnEvent(id), origin);
        }
    }

    /** "Article: North Korea denies…", "Statement: “kindly just wait…” (a spokesman)", "Event: 2014-11 · Sony attacked". */
    public static String describe(CaseSnapshot snapshot, Note.NoteTarget target, long id) {
        return switch (target) {
            case ARTICLE -> "Article: " + snapshot.article(id).map(a -> a.title() == null || a.title().isBlank() ? a.fileName() : a.title())
                    .orElse("(removed)");
            case ENTITY -> "Entity: " + snapshot.entity(id).map(e -> e.name()).orElse("(removed)");
            case STATEMENT -> "Statement: " + snapshot.statement(id).map(st -> statement(snapshot, st)).orElse("(removed)");
            case EVENT -> "Event: " + snapshot.event(id).map(e -> e.date().value()
                    + (e.description() == null || e.description().isBlank() ? " · “" + e.span().text() + "”" : " · " + e.description()))
                    .orElse("(removed)");
        };
    }

    private static String statement(CaseSnapshot snapshot, Statement s) {
        String words = s.span().text().replaceAll("\\s+", " ");
        String shortWords = words.length() <= 60 ? words : words.substring(0, 59) + "…";
        String speaker = s.speaker() != null && !s.speaker().isBlank() ? s.speaker()
                : s.speakerEntityId() == null ? null : snapshot.entity(s.speakerEntityId()).map(e -> e.name()).orElse(null);
        return "“" + shortWords + "”" + (speaker == null ? "" : " (" + speaker + ")");
    }
}
