package org.onrecord.model;

/** One ranked full-text hit in a note, with a snippet with the matched words between [ and ]. */
public record NoteHit(Note note, String snippet, double rank) {
}
