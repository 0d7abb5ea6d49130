package org.onrecord.ui.state;

import java.time.LocalDate;

/** What the researcher is looking at right now; stored as ids so it survives reloads. */
public sealed interface Focus {
    record OnEntity(long entityId) implements Focus {
    }

    record OnStatement(long statementId) implements Focus {
    }

    record OnEvent(long eventId) implements Focus {
    }

    /** Words selected in an article's body: [start, end) in UTF-16 indices. */
    record OnSpan(long articleId, int start, int end) implements Focus {
    }

    /** A stretch of time chosen on the timeline (inclusive). */
    record OnDates(LocalDate from, LocalDate to) implements Focus {
    }
}
