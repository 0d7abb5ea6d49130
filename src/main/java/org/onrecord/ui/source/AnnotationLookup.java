package org.onrecord.ui.source;

import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;

import java.util.Optional;
import java.util.Set;

/**
 * What a click on the text lands on: the narrowest shown annotation under the caret, so a click on
 * a name inside a quote picks the name. A linear scan is fine: it runs once per click.
 */
final class AnnotationLookup {
    private AnnotationLookup() {
    }

    static Optional<TextRange> narrowestAt(ArticleAnnotations annotations, Set<HighlightLayer> shown, int offset) {
        Narrowest best = new Narrowest(offset);
        if (shown.contains(HighlightLayer.ENTITY)) {
            for (Mention m : annotations.mentions()) {
                best.consider(m.span(), m.state());
            }
        }
        if (shown.contains(HighlightLayer.STATEMENT)) {
            for (Statement s : annotations.statements()) {
                best.consider(s.span(), s.state());
            }
        }
        if (shown.contains(HighlightLayer.DATE)) {
            for (Event e : annotations.events()) {
                best.consider(e.span(), e.state());
            }
        }
        return Optional.ofNullable(best.range);
    }

    private static final class Narrowest {
        private final int offset;
        private TextRange range;

        Narrowest(int offset) {
            this.offset = offset;
        }

        void consider(TextSpan span, ReviewState state) {
            boolean covers = span.start() <= offset && offset < span.end();
            if (state != ReviewState.REJECTED && covers && (range == null || span.length() < range.end() - range.start())) {
                range = new TextRange(span.start(), span.end());
            }
        }
    }
}
