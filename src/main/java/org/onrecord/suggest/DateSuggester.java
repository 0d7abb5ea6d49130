package org.onrecord.suggest;

import org.onrecord.dates.TemporalExpressionFinder;
import org.onrecord.dates.TimexType;
import org.onrecord.model.DateValue;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes dated expressions in an article body, resolved against its publication date. Only
 * dates and times are proposed: durations and sets ("three days", "every week") are not points on
 * a timeline.
 */
public final class DateSuggester {
    private final TemporalExpressionFinder finder = new TemporalExpressionFinder();

    public record Suggestion(TextSpan span, DateValue date, String explanation) {
    }

    public List<Suggestion> suggest(String body, LocalDate publication) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (var found : finder.find(body, publication)) {
            found.resolution().ifPresent(r -> {
                if (r.type() == TimexType.DATE || r.type() == TimexType.TIME) {
                    suggestions.add(new Suggestion(new TextSpan(found.start(), found.end(), body.substring(found.start(), found.end())),
                            r.date(), r.explanation()));
                }
            });
        }
        return suggestions;
    }
}
