package org.onrecord.ui.source;

import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/** The planner's rules the slow, obvious way: counts per character, for checking the fast planner. */
final class ReferencePlanner {
    private ReferencePlanner() {
    }

    static String[] classesPerChar(int length, ArticleAnnotations a, List<TextRange> hits) {
        int[] entity = new int[length];
        int[] entitySuggested = new int[length];
        int[] statement = new int[length];
        int[] statementSuggested = new int[length];
        int[] date = new int[length];
        int[] dateSuggested = new int[length];
        int[] search = new int[length];
        for (Mention m : a.mentions()) {
            mark(m.state(), m.span(), entity, entitySuggested);
        }
        for (Statement s : a.statements()) {
            mark(s.state(), s.span(), statement, statementSuggested);
        }
        for (Event e : a.events()) {
            mark(e.state(), e.span(), date, dateSuggested);
        }
        for (TextRange hit : hits) {
            for (int i = hit.start(); i < Math.min(hit.end(), length); i++) {
                search[i]++;
            }
        }
        String[] result = new String[length];
        for (int i = 0; i < length; i++) {
            List<String> names = new ArrayList<>();
            boolean suggested = layer(names, entity[i], entitySuggested[i], HighlightPlanner.ENTITY, HighlightPlanner.ENTITY_SUGGESTED);
            suggested |= layer(names, statement[i], statementSuggested[i], HighlightPlanner.STATEMENT, HighlightPlanner.STATEMENT_SUGGESTED);
            suggested |= layer(names, date[i], dateSuggested[i], HighlightPlanner.DATE, HighlightPlanner.DATE_SUGGESTED);
            if (search[i] > 0) {
                names.add(HighlightPlanner.SEARCH);
            }
            if (suggested) {
                names.add(HighlightPlanner.SUGGESTED);
            }
            result[i] = String.join(" ", names);
        }
        return result;
    }

    private static void mark(ReviewState state, TextSpan span, int[] accepted, int[] suggested) {
        if (state == ReviewState.REJECTED) {
            return;
        }
        int[] target = state == ReviewState.SUGGESTED ? suggested : accepted;
        for (int i = span.start(); i < Math.min(span.end(), target.length); i++) {
            target[i]++;
        }
    }

    private static boolean layer(List<String> names, int accepted, int suggested, String name, String suggestedName) {
        if (accepted > 0) {
            names.add(name);
        } else if (suggested > 0) {
            names.add(name);
            names.add(suggestedName);
            return true;
        }
        return false;
    }
}
