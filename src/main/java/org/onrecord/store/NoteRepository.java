package org.onrecord.store;

import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;
import org.onrecord.model.SearchQuery;

import java.util.List;
import java.util.Optional;

/** The researcher's notes on articles, entities, statements and events, searchable by their words. */
public interface NoteRepository {
    /** Writes the note exactly as given: a new id when its id is 0, else insert-or-replace under its id. */
    long put(Note note);

    Optional<Note> find(long id);

    /** Every note, oldest first. */
    List<Note> all();

    List<Note> of(Note.NoteTarget target, long targetId);

    void delete(long id);

    /** Ranked note hits (best first) for a query in the syntax of {@link SearchIndex#search}. */
    List<NoteHit> search(SearchQuery query, int limit);
}
