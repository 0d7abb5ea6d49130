package org.onrecord.ui.annotate;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.Optional;

/** What the editor asks of the open case; implemented over the services (and their undo history). */
public interface AnnotationCommands {
    record ProposedDate(String value, DatePrecision precision, String explanation) {
    }

    void addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                      boolean direct, LocalDate dateSaid, String note);

    /** A mention of {@code entityId}, or of a new entity {@code name}/{@code type} when it is null; {@code alias} is added to its names. */
    void addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span);

    void addEvent(long articleId, TextSpan span, String value, String description);

    Optional<ProposedDate> proposeDate(String expression, LocalDate publication);
}
