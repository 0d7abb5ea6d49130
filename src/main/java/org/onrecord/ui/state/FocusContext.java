package org.onrecord.ui.state;

import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What every pane should show for one focus: which article to open, which words to mark (the
 * first one is scrolled to), and which entities, statements and events to select or mark.
 * {@code primary*} ids are the ones to select; the sets are the ones to mark.
 */
public record FocusContext(Long article, List<TextSpan> spans, Long primaryEntity, Set<Long> entities,
                           Long primaryStatement, Set<Long> statements, Long primaryEvent, Set<Long> events,
                           LocalDate datesFrom, LocalDate datesTo) {

    public static final FocusContext NONE = new FocusContext(null, List.of(), null, Set.of(), null, Set.of(), null, Set.of(), null, null);

    public boolean isEmpty() {
        return spans.isEmpty() && entities.isEmpty() && statements.isEmpty() && events.isEmpty() && datesFrom == null;
    }

    public boolean hasDates() {
        return datesFrom != null;
    }
}
