package org.onrecord.ui.review;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Mention;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseEdits;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.OpenCase;
import org.onrecord.service.Suggestion;
import org.onrecord.service.SuggestionQueue;
import org.onrecord.service.edit.RowEdit;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.onrecord.ui.annotate.EditRunner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The review mode: walks the suggestions nobody has reviewed yet in reading order, focusing each
 * in every pane (the source text scrolls to it), and accepts, rejects or hands to the editor the
 * one in view, or many at once (by type, by rule, every mention of an entity). Every verdict is one
 * undoable edit of the case; after it the walk goes on from where it was. The count of suggestions
 * left follows every change of the case, in review mode or not.
 */
public final class ReviewViewModel {
    /** What "all of these" a bulk action takes. */
    public enum Scope {
        TYPE, RULE, ENTITY
    }

    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final Supplier<OpenCase> session;
    private final Runnable reload;
    private final Consumer<String> say;
    private final Consumer<Suggestion> editor;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper unreviewed = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Suggestion> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper proposal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper("");
    private List<Suggestion> items = List.of();
    /** Where the walk is: the suggestion in view, kept after it is reviewed so the walk goes on after it. */
    private Suggestion anchor;
    /** The suggestion handed to the editor (E), and what its article held then: what the researcher saves replaces it. */
    private Editing editing;
    private long sequence;

    /**
     * {@code reload} re-reads the case after an edit (the snapshot change refreshes the walk);
     * {@code editor} opens the existing editor on a suggestion (E).
     */
    public ReviewViewModel(WorkbenchState state, TaskRunner tasks, Supplier<OpenCase> session, Runnable reload,
                           Consumer<String> say, Consumer<Suggestion> editor) {
        this.state = state;
        this.tasks = tasks;
        this.session = session;
        this.reload = reload;
        this.say = say;
        this.editor = editor;
        state.snapshotProperty().addListener((obs, o, snapshot) -> {
            unreviewed.set(SuggestionQueue.count(snapshot));
            if (active.get()) {
                refresh();
            }
        });
        unreviewed.set(SuggestionQueue.count(state.snapshot()));
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** How many suggestions are left to review (the status bar shows it). */
    public ReadOnlyIntegerProperty unreviewedProperty() {
        return unreviewed.getReadOnlyProperty();
    }

    /** The status bar's words for {@link #unreviewedProperty}. */
    public static String countText(int n) {
        return switch (n) {
            case 0 -> "";
            case 1 -> "1 suggestion to review (Ctrl+Shift+R)";
            default -> n + " suggestions to review (Ctrl+Shift+R)";
        };
    }

    public ReadOnlyObjectProperty<Suggestion> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Suggestion current() {
        return current.get();
    }

    /** "3 of 11". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** What the suggestion in view proposes: "Entity: Maria Lund (person)". */
    public ReadOnlyStringProperty proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    /** The evidence: the words, where they stand, and the rule or model that proposed them. */
    public ReadOnlyStringProperty evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** Every suggestion left, in reading order (as last read). */
    public List<Suggestion> items() {
        return items;
    }

    /** Enters review mode at the first suggestion of the article on screen, else the first of the case. */
    public void start() {
        if (session.get() == null) {
            return;
        }
        if (session.get().readOnly().isPresent()) {
            say.accept(EditRunner.refused(session.get().readOnly().get()));
            return;
        }
        anchor = null;
        active.set(true);
        refresh();
    }

    /** Esc: leaves review mode; the focus stays on the last suggestion seen. */
    public void stop() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        editing = null;
        sequence++;
        current.set(null);
        anchor = null;
        say.accept("Review ended; " + countText(unreviewed.get()).replace(" (Ctrl+Shift+R)", " left") + ".");
    }

    /** N. */
    public void next() {
        step(1);
    }

    /** P. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        editing = null;
        if (!active.get() || items.isEmpty()) {
            return;
        }
        int at = indexOf(current.get());
        int next = at < 0 ? 0 : at + by;
        if (next < 0 || next >= items.size()) {
            say.accept(by > 0 ? "That was the last suggestion; P goes back, Esc leaves the review."
                    : "That was the first suggestion.");
            return;
        }
        show(items.get(next));
    }

    /** A. */
    public void accept() {
        judge(ReviewState.ACCEPTED);
    }

    /** R. */
    public void reject() {
        judge(ReviewState.REJECTED);
    }

    private void judge(ReviewState verdict) {
        editing = null;
        Suggestion s = current.get();
        if (!active.get() || s == null) {
            return;
        }
        advancePast(s::sameItem);
        perform(edits -> edits.review(s.kind(), s.id(), verdict));
    }

    /**
     * Moves on at once past what a verdict takes, without waiting for the case to be read again, so
     * the next key acts on the next suggestion however fast it comes; the read that follows the
     * edit then puts the walk right if anything else changed.
     */
    private void advancePast(Predicate<Suggestion> gone) {
        int at = indexOf(current.get());
        Suggestion next = null;
        for (int i = at + 1; i < items.size() && next == null; i++) {
            next = gone.test(items.get(i)) ? null : items.get(i);
        }
        for (int i = at - 1; i >= 0 && next == null; i--) {
            next = gone.test(items.get(i)) ? null : items.get(i);
        }
        items = items.stream().filter(x -> !gone.test(x)).toList();
        if (next == null) {
            showNothingLeft();
        } else {
            show(next);
        }
    }

    /**
     * E: the existing editor on the suggestion's words (or the event's date). What the researcher
     * saves there replaces the suggestion: a new entity mention or statement over its words rejects
     * it, a new date for the event accepts it (each its own step for Ctrl+Z).
     */
    public void edit() {
        Suggestion s = current.get();
        if (active.get() && s != null) {
            editing = Editing.of(state.snapshot(), s);
            editor.accept(s);
        }
    }

    /** A suggestion in the editor, with the ids of its kind in its article (or the event's date) at that moment. */
    private record Editing(Suggestion suggestion, Set<Long> before, String date) {
        static Editing of(CaseSnapshot snapshot, Suggestion s) {
            return new Editing(s, ids(snapshot, s), s.kind() == Suggestion.Kind.EVENT
                    ? snapshot.event(s.id()).map(e -> e.date().value()).orElse(null) : null);
        }

        static Set<Long> ids(CaseSnapshot snapshot, Suggestion s) {
            return switch (s.kind()) {
                case MENTION -> snapshot.mentionsIn(s.articleId()).stream().map(Mention::id).collect(Collectors.toSet());
                case STATEMENT -> snapshot.statements().stream().filter(x -> x.articleId() == s.articleId()).map(Statement::id)
                        .collect(Collectors.toSet());
                case EVENT -> Set.of();
            };
        }

        /** The verdict the researcher's saved version implies, or empty while nothing was saved. */
        Optional<ReviewState> verdict(CaseSnapshot snapshot) {
            TextSpan span = suggestion.span();
            return switch (suggestion.kind()) {
                case MENTION -> snapshot.mentionsIn(suggestion.articleId()).stream()
                        .anyMatch(m -> !before.contains(m.id()) && m.span().overlaps(span.start(), span.end()))
                        ? Optional.of(ReviewState.REJECTED) : Optional.empty();
                case STATEMENT -> snapshot.statements().stream()
                        .anyMatch(x -> x.articleId() == suggestion.articleId() && !before.contains(x.id())
                                && x.span().overlaps(span.start(), span.end()))
                        ? Optional.of(ReviewState.REJECTED) : Optional.empty();
                case EVENT -> snapshot.event(suggestion.id()).filter(e -> e.state() == ReviewState.SUGGESTED)
                        .filter(e -> !e.date().value().equals(date)).map(e -> ReviewState.ACCEPTED);
            };
        }
    }

    /** After a save in the editor opened by E: the suggestion gives way to the researcher's version. */
    private boolean settleEdit() {
        Editing e = editing;
        if (e == null) {
            return false;
        }
        Optional<ReviewState> verdict = e.verdict(state.snapshot());
        if (verdict.isEmpty()) {
            return false;
        }
        editing = null;
        Suggestion s = e.suggestion();
        perform(edits -> edits.review(s.kind(), s.id(), verdict.get()));
        return true;
    }

    /** How many suggestions left a bulk action would take, with their name: "5 PERSON mentions", "5 proposed by “NER: PERSON”". */
    public Optional<String> bulkLabel(Scope scope) {
        Suggestion s = current.get();
        if (s == null) {
            return Optional.empty();
        }
        long n = items.stream().filter(x -> inScope(scope, s, x)).count();
        return Optional.of(switch (scope) {
            case TYPE -> n + " " + switch (s.group()) {
                case "EVENT" -> "suggested events";
                case "STATEMENT" -> "suggested statements";
                default -> s.group() + " mentions";
            };
            case RULE -> n + " proposed by “" + s.rule() + "”";
            case ENTITY -> s.entityId() == null || s.kind() != Suggestion.Kind.MENTION ? "" : "every mention of "
                    + state.snapshot().entity(s.entityId()).map(Entity::name).orElse("this entity") + " (" + n + ")";
        }).filter(label -> !label.isEmpty());
    }

    /** Accepts or rejects, as one edit, every suggestion left of the scope the one in view belongs to. */
    public void bulk(Scope scope, ReviewState verdict) {
        Suggestion s = current.get();
        if (!active.get() || s == null) {
            return;
        }
        advancePast(x -> inScope(scope, s, x));
        switch (scope) {
            case TYPE -> perform(edits -> edits.reviewType(s.group(), verdict));
            case RULE -> perform(edits -> edits.reviewRule(s.rule(), verdict));
            case ENTITY -> {
                if (s.kind() == Suggestion.Kind.MENTION && s.entityId() != null) {
                    perform(edits -> edits.reviewEntity(s.entityId(), verdict));
                }
            }
        }
    }

    private static boolean inScope(Scope scope, Suggestion in, Suggestion other) {
        return switch (scope) {
            case TYPE -> other.group().equals(in.group());
            case RULE -> other.rule().equals(in.rule());
            case ENTITY -> in.kind() == Suggestion.Kind.MENTION && other.kind() == Suggestion.Kind.MENTION
                    && in.entityId() != null && in.entityId().equals(other.entityId());
        };
    }

    /**
     * Ctrl+Enter / Ctrl+Shift+Delete outside review mode on what events and statements do not cover:
     * a chosen entity (with every mention of it still to review), or a suggested name under the
     * words chosen in the text. False when the focus holds neither.
     */
    public boolean reviewFocused(ReviewState verdict) {
        Focus focus = state.focus().focus();
        if (focus instanceof Focus.OnEntity f) {
            perform(edits -> edits.reviewEntity(f.entityId(), verdict));
            return true;
        }
        if (focus instanceof Focus.OnSpan f) {
            Optional<Mention> under = state.snapshot().mentionsIn(f.articleId()).stream()
                    .filter(m -> m.state() == ReviewState.SUGGESTED)
                    .filter(m -> f.start() == f.end() ? m.span().start() <= f.start() && f.start() < m.span().end()
                            : m.span().overlaps(f.start(), f.end()))
                    .min(Comparator.comparingInt(m -> m.span().length()));
            under.ifPresent(m -> perform(edits -> edits.review(Suggestion.Kind.MENTION, m.id(), verdict)));
            return under.isPresent();
        }
        return false;
    }

    private void perform(Function<CaseEdits, RowEdit> edit) {
        OpenCase open = session.get();
        if (open == null) {
            return;
        }
        if (open.readOnly().isPresent()) {
            say.accept(EditRunner.refused(open.readOnly().get()));
            return;
        }
        tasks.runQuietly(p -> edit.apply(open.edits()).describe(), done -> {
            say.accept(done + " — Ctrl+Z takes it back.");
            reload.run();
        }, error -> {
            say.accept("Not changed: " + (error.getMessage() == null ? error : error.getMessage()));
            if (active.get()) {
                refresh();
            }
        });
    }

    /** Reads the suggestions left (in the background) and puts the walk back where it was. */
    private void refresh() {
        OpenCase open = session.get();
        if (open == null) {
            stop();
            return;
        }
        long mine = ++sequence;
        tasks.runQuietly(p -> open.suggestions(), list -> {
            if (mine == sequence && active.get()) {
                place(list);
            }
        }, error -> say.accept("Cannot read the suggestions: " + error.getMessage()));
    }

    private void place(List<Suggestion> list) {
        Set<String> before = items.stream().map(ReviewViewModel::key).collect(Collectors.toSet());
        items = list;
        if (settleEdit()) {
            return; // the verdict's reload places the walk again
        }
        if (list.isEmpty()) {
            showNothingLeft();
            return;
        }
        Suggestion here = anchor;
        Suggestion next;
        if (here == null) {
            Long article = state.article();
            next = list.stream().filter(s -> article != null && s.articleId() == article).findFirst().orElse(list.getFirst());
        } else {
            // A suggestion that comes back (Ctrl+Z of a verdict) is the one the researcher wants to see again.
            Optional<Suggestion> back = list.stream().filter(s -> !before.contains(key(s))).findFirst();
            if (back.isPresent()) {
                show(back.get());
                return;
            }
            int same = indexOf(here);
            next = same >= 0 ? list.get(same) : firstAfter(list, here).orElse(list.getLast());
        }
        show(next);
    }

    private static String key(Suggestion s) {
        return s.kind() + ":" + s.id();
    }

    /** The first suggestion in reading order at or after where {@code gone} stood. */
    private Optional<Suggestion> firstAfter(List<Suggestion> list, Suggestion gone) {
        Map<Long, Integer> place = articlePlaces();
        Comparator<Suggestion> reading = Comparator.<Suggestion>comparingInt(s -> place.getOrDefault(s.articleId(), Integer.MAX_VALUE))
                .thenComparingLong(Suggestion::articleId)
                .thenComparingInt(s -> s.span().start())
                .thenComparing(Comparator.<Suggestion>comparingInt(s -> s.span().end()).reversed())
                .thenComparing(Suggestion::kind)
                .thenComparingLong(Suggestion::id);
        return list.stream().filter(s -> reading.compare(s, gone) >= 0).findFirst();
    }

    private Map<Long, Integer> articlePlaces() {
        Map<Long, Integer> place = new HashMap<>();
        List<ArticleSummary> articles = state.snapshot().articles();
        for (int i = 0; i < articles.size(); i++) {
            place.put(articles.get(i).id(), i);
        }
        return place;
    }

    private int indexOf(Suggestion s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).sameItem(s)) {
                return i;
            }
        }
        return -1;
    }

    private void showNothingLeft() {
        current.set(null);
        position.set("");
        proposal.set("Nothing left to review.");
        evidence.set("Every suggestion has been accepted or rejected. Esc leaves the review.");
    }

    private void show(Suggestion s) {
        boolean moved = !s.sameItem(current.get());
        anchor = s;
        current.set(s);
        position.set((indexOf(s) + 1) + " of " + items.size());
        proposal.set(s.headline());
        evidence.set(describeEvidence(s));
        if (moved) {
            state.focus(focusOf(s), PaneId.REVIEW);
        }
    }

    private String describeEvidence(Suggestion s) {
        return s.evidenceLine(state.snapshot().article(s.articleId()).map(ArticleSummary::displayTitle).orElse("article " + s.articleId()));
    }

    /** Mentions are focused by their words (the entity is chosen in its list); events and statements by id. */
    static Focus focusOf(Suggestion s) {
        return switch (s.kind()) {
            case MENTION -> new Focus.OnSpan(s.articleId(), s.span().start(), s.span().end());
            case EVENT -> new Focus.OnEvent(s.id());
            case STATEMENT -> new Focus.OnStatement(s.id());
        };
    }
}
