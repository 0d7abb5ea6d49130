package org.onrecord.ui.notes;

import org.onrecord.model.Note;

import java.time.Instant;
import java.util.Locale;

/** One note as the list shows it: what it is about, in words, and its text. */
public record NoteRow(long id, Note.NoteTarget target, long targetId, String about, String text, Instant created) {
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String haystack = (about + "\n" + text).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
