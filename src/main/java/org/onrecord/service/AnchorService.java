package org.onrecord.service;

import org.onrecord.model.AnchorState;
import org.onrecord.model.Article;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.edit.RowChange;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.service.edit.Table;
import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps annotations on their words when an article's body changes (re-extracted or corrected).
 * Each annotation holds its offsets and its words: still at the offsets → ANCHORED; found again
 * (nearest to the old offset, exactly, then with whitespace, quotes and dashes unified) → MOVED to
 * the new offsets; else LOST, offsets and words kept and flagged, never moved to other words.
 */
public final class AnchorService {

    /** Where an annotation's words are in a new body. */
    public record Located(AnchorState state, TextSpan span) {
    }

    /** The edit that replaces the body and re-anchors, and what it does to the annotations. */
    public record Reanchoring(RowEdit edit, int anchored, int moved, int lost) {
        public int total() {
            return anchored + moved + lost;
        }
    }

    /** Replaces the body and re-anchors the article's annotations, all in one transaction. */
    public Reanchoring reanchor(CaseStore store, long articleId, String newBody) {
        Reanchoring plan = plan(store, articleId, newBody);
        plan.edit().apply(store);
        return plan;
    }

    /** The re-anchoring edit, not yet applied (perform it through an EditHistory to make it undoable). */
    public Reanchoring plan(CaseStore store, long articleId, String newBody) {
        return plan(store, articleId, newBody, -1, -1);
    }

    /** As {@link #plan(CaseStore, long, String)}, for a body that is a verbatim slice of the original text. */
    public Reanchoring plan(CaseStore store, long articleId, String newBody, int bodyStart, int bodyEnd) {
        if (newBody == null || newBody.isBlank()) {
            throw new IllegalArgumentException("the new body is empty");
        }
        Article article = Checks.article(store, articleId);
        int[] counts = new int[AnchorState.values().length];
        List<RowChange<?>> changes = new ArrayList<>();
        changes.add(RowChange.changed(Table.BODY,
                new Table.Body(articleId, article.body(), article.bodyStart(), article.bodyEnd()),
                new Table.Body(articleId, newBody, bodyStart, bodyEnd)));
        Locator mentions = new Locator(newBody, store.entities().mentionsIn(articleId).stream().map(Mention::span).toList());
        for (Mention m : store.entities().mentionsIn(articleId)) {
            Located at = mentions.next();
            counts[at.state().ordinal()]++;
            Mention moved = m.withSpan(at.span(), at.state());
            addIfChanged(changes, Table.MENTION, m, moved);
        }
        List<Statement> statements = store.statements().in(articleId);
        Locator quotes = new Locator(newBody, statements.stream().map(Statement::span).toList());
        for (Statement s : statements) {
            Located at = quotes.next();
            counts[at.state().ordinal()]++;
            Statement moved = s.withSpan(at.span()).withAnchor(at.state())
                    .withCues(subSpan(newBody, s.speakerSpan()), subSpan(newBody, s.cueSpan()));
            addIfChanged(changes, Table.STATEMENT, s, moved);
        }
        List<Event> events = store.events().in(articleId);
        Locator dates = new Locator(newBody, events.stream().map(Event::span).toList());
        for (Event e : events) {
            Located at = dates.next();
            counts[at.state().ordinal()]++;
            Event moved = e.withSpan(at.span(), at.state());
            addIfChanged(changes, Table.EVENT, e, moved);
        }
        int anchored = counts[AnchorState.ANCHORED.ordinal()];
        int moved = counts[AnchorState.MOVED.ordinal()];
        int lost = counts[AnchorState.LOST.ordinal()];
        String what = "Replace the body of article " + articleId + " (" + moved + " moved, " + lost + " lost)";
        return new Reanchoring(new RowEdit(what, changes), anchored, moved, lost);
    }

    private static <T> void addIfChanged(List<RowChange<?>> changes, Table<T> table, T before, T after) {
        if (!before.equals(after)) {
            changes.add(RowChange.changed(table, before, after));
        }
    }

    /** Speaker and cue spans follow their words too; one that cannot be found is dropped. */
    private static TextSpan subSpan(String body, TextSpan span) {
        if (span == null) {
            return null;
        }
        Located at = locate(body, span);
        return at.state() == AnchorState.LOST ? null : at.span();
    }

    /**
     * Locates the spans of one kind of annotation together, so two annotations never land on the
     * same occurrence: those still in place keep theirs, the others take the nearest one left.
     */
    private static final class Locator {
        private final List<Located> results = new ArrayList<>();
        private int next;

        Locator(String body, List<TextSpan> spans) {
            Set<TextSpan> taken = new HashSet<>();
            Located[] found = new Located[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                Located at = locate(body, spans.get(i), Set.of());
                if (at.state() == AnchorState.ANCHORED) {
                    found[i] = at;
                    taken.add(at.span());
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                if (found[i] == null) {
                    found[i] = locate(body, spans.get(i), taken);
                    if (found[i].state() == AnchorState.MOVED) {
                        taken.add(found[i].span());
                    }
                }
            }
            results.addAll(List.of(found));
        }

        Located next() {
            return results.get(next++);
        }
    }

    /** Where {@code old}'s words are in {@code body}: at the same offsets, moved, or lost. */
    public static Located locate(String body, TextSpan old) {
        return locate(body, old, Set.of());
    }

    /** As {@link #locate(String, TextSpan)}, never moving onto a span in {@code taken}. */
    static Located locate(String body, TextSpan old, Set<TextSpan> taken) {
        String words = old.text();
        if (words.isEmpty()) {
            return new Located(AnchorState.LOST, old);
        }
        if (old.end() <= body.length() && old.length() == words.length() && body.startsWith(words, old.start())) {
            return new Located(AnchorState.ANCHORED, old);
        }
        int best = -1;
        for (int at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
            if (taken.contains(new TextSpan(at, at + words.length(), words))) {
                continue;
            }
            if (best < 0 || Math.abs(at - old.start()) < Math.abs(best - old.start())) {
                best = at;
            }
        }
        if (best >= 0) {
            return new Located(AnchorState.MOVED, new TextSpan(best, best + words.length(), words));
        }
        Normalized nb = Normalized.of(body);
        String nw = Normalized.of(words).text().strip();
        if (nw.isEmpty()) {
            return new Located(AnchorState.LOST, old);
        }
        int bestStart = -1;
        int bestEnd = -1;
        for (int at = nb.text().indexOf(nw); at >= 0; at = nb.text().indexOf(nw, at + 1)) {
            int start = nb.original(at);
            int end = nb.original(at + nw.length() - 1) + 1;
            if (taken.contains(TextSpan.of(body, start, end))) {
                continue;
            }
            if (bestStart < 0 || Math.abs(start - old.start()) < Math.abs(bestStart - old.start())) {
                bestStart = start;
                bestEnd = end;
            }
        }
        if (bestStart >= 0) {
            return new Located(AnchorState.MOVED, TextSpan.of(body, bestStart, bestEnd));
        }
        return new Located(AnchorState.LOST, old);
    }

    /** A text with whitespace runs, quotes and dashes unified, and where each of its chars came from. */
    private record Normalized(String text, int[] origin) {
        static Normalized of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length()];
            boolean inSpace = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (!inSpace) {
                        origin[out.length()] = i;
                        out.append(' ');
                    }
                    inSpace = true;
                    continue;
                }
                inSpace = false;
                origin[out.length()] = i;
                out.append(unify(c));
            }
            return new Normalized(out.toString(), origin);
        }

        int original(int index) {
            return origin[index];
        }

        private static char unify(char c) {
            return switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            };
        }
    }
}
