package org.onrecord.service;

import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;
import org.onrecord.model.SearchQuery;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Notes on articles, entities, statements and events: reversible edits, listing and full-text search. */
public final class NoteService {

    public RowEdit add(CaseStore store, Note.NoteTarget target, long targetId, String text) {
        requireTarget(store, target, targetId);
        String t = Checks.required(text, "a note's text");
        Note note = new Note(0, target, targetId, t, Instant.now());
        return new RowEdit("Add note on " + label(target, targetId), List.of(RowChange.created(Table.NOTE, note)));
    }

    public RowEdit edit(CaseStore store, long id, String text) {
        Note old = find(store, id);
        String t = Checks.required(text, "a note's text");
        if (t.equals(old.text())) {
            throw new IllegalArgumentException("note " + id + " already reads so; nothing to change");
        }
        return new RowEdit("Edit note " + id, List.of(RowChange.changed(Table.NOTE, old,
                new Note(old.id(), old.target(), old.targetId(), t, old.created()))));
    }

    public RowEdit delete(CaseStore store, long id) {
        Note old = find(store, id);
        return new RowEdit("Delete note " + id, List.of(RowChange.deleted(Table.NOTE, old)));
    }

    public List<Note> all(CaseStore store) {
        return store.notes().all();
    }

    public List<Note> of(CaseStore store, Note.NoteTarget target, long targetId) {
        requireTarget(store, target, targetId);
        return store.notes().of(target, targetId);
    }

    /** Ranked note hits; same query syntax as article search (words, "phrases", prefix*). */
    public List<NoteHit> search(CaseStore store, String query, int limit) {
        return store.notes().search(SearchQuery.parse(query), limit);
    }

    private static Note find(CaseStore store, long id) {
        return store.notes().find(id).orElseThrow(() -> new IllegalArgumentException("no note with id " + id));
    }

    static void requireTarget(CaseStore store, Note.NoteTarget target, long id) {
        switch (target) {
            case ARTICLE -> Checks.article(store, id);
            case ENTITY -> Checks.entity(store, id);
            case STATEMENT -> Checks.statement(store, id);
            case EVENT -> Checks.event(store, id);
        }
    }

    public static String label(Note.NoteTarget target, long id) {
        return target.name().toLowerCase(Locale.ROOT) + " " + id;
    }
}
