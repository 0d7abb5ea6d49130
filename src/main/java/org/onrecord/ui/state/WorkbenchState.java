package org.onrecord.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onrecord.service.CaseDelta;
import org.onrecord.service.CaseSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The one shared state of the workbench: the case snapshot, the article on screen and the current
 * focus, with the pane that set them. Panes write through the intent methods below, never by
 * binding a control to these properties. Confined to the FX thread (or the test thread).
 */
public final class WorkbenchState {
    private static final int HISTORY_LIMIT = 200;

    private final FocusResolver resolver = new FocusResolver();
    private final ObjectProperty<CaseSnapshot> snapshot = new SimpleObjectProperty<>(CaseSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<Long> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PaneId> articleOrigin = new ReadOnlyObjectWrapper<>(PaneId.OTHER);
    private final ReadOnlyObjectWrapper<FocusChange> focus = new ReadOnlyObjectWrapper<>(FocusChange.NONE);
    private final ReadOnlyObjectWrapper<FocusContext> context = new ReadOnlyObjectWrapper<>(FocusContext.NONE);
    private final StringProperty searchQuery = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper readOnly = new ReadOnlyStringWrapper();

    private final List<Place> history = new ArrayList<>();
    /** What the panes derive from a whole snapshot, made ahead on a worker thread on opening (see {@link #prepare}). */
    private final List<Prepared<?>> preparations = new CopyOnWriteArrayList<>();
    private int historyIndex = -1;
    /** The last edit applied by {@link #applyDelta}: the snapshot it started from and the one it made. */
    private CaseDelta lastDelta;
    private CaseSnapshot deltaFrom;
    private CaseSnapshot deltaTo;

    private record Place(Long article, Focus focus) {
    }

    public ObjectProperty<CaseSnapshot> snapshotProperty() {
        return snapshot;
    }

    public CaseSnapshot snapshot() {
        return snapshot.get();
    }

    /** A new snapshot (after an import, or read again): the focus is kept by id and resolved again. */
    public void replaceSnapshot(CaseSnapshot newSnapshot) {
        lastDelta = null;
        show(newSnapshot);
    }

    /**
     * An edit's rows applied to the snapshot on show, without reading the case again. Panes that
     * can update only what the edit touched ask {@link #deltaBetween} in their snapshot listener.
     */
    public void applyDelta(CaseDelta delta) {
        CaseSnapshot from = snapshot.get();
        CaseSnapshot to = from.with(delta);
        lastDelta = delta;
        deltaFrom = from;
        deltaTo = to;
        show(to);
    }

    /** The edit that turned {@code from} into {@code to}, when {@link #applyDelta} did; null after any other change. */
    public CaseDelta deltaBetween(CaseSnapshot from, CaseSnapshot to) {
        return lastDelta != null && from == deltaFrom && to == deltaTo ? lastDelta : null;
    }

    private void show(CaseSnapshot newSnapshot) {
        snapshot.set(newSnapshot);
        if (article.get() != null && newSnapshot.article(article.get()).isEmpty()) {
            article.set(null);
        }
        context.set(resolver.resolve(newSnapshot, focus.get().focus(), article.get()));
    }

    public ReadOnlyObjectProperty<Long> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Long article() {
        return article.get();
    }

    public PaneId articleOrigin() {
        return articleOrigin.get();
    }

    public ReadOnlyObjectProperty<FocusChange> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public FocusChange focus() {
        return focus.get();
    }

    public ReadOnlyObjectProperty<FocusContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public FocusContext context() {
        return context.get();
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    /** Shows an article; a focus inside another article is dropped. */
    public void selectArticle(Long articleId, PaneId origin) {
        if (Objects.equals(article.get(), articleId)) {
            return;
        }
        FocusContext current = context.get();
        boolean focusElsewhere = current.article() != null && !current.article().equals(articleId);
        articleOrigin.set(origin);
        article.set(articleId);
        if (focusElsewhere) {
            apply(null, origin);
        }
        remember();
    }

    public void focus(Focus newFocus, PaneId origin) {
        apply(newFocus, origin);
        remember();
    }

    /** Esc in any pane. */
    public void clearFocus(PaneId origin) {
        if (focus.get().isEmpty()) {
            return;
        }
        apply(null, origin);
        remember();
    }

    private void apply(Focus newFocus, PaneId origin) {
        FocusContext resolved = resolver.resolve(snapshot.get(), newFocus, article.get());
        if (resolved.article() != null && !resolved.article().equals(article.get())) {
            articleOrigin.set(origin);
            article.set(resolved.article());
        }
        // Context first: panes listening to the focus read the context it produced.
        context.set(resolved);
        focus.set(new FocusChange(newFocus, origin));
    }

    private void remember() {
        Place place = new Place(article.get(), focus.get().focus());
        if (historyIndex >= 0 && history.get(historyIndex).equals(place)) {
            return;
        }
        while (history.size() > historyIndex + 1) {
            history.removeLast();
        }
        history.add(place);
        if (history.size() > HISTORY_LIMIT) {
            history.removeFirst();
        }
        historyIndex = history.size() - 1;
    }

    public boolean canGoBack() {
        return historyIndex > 0;
    }

    public boolean canGoForward() {
        return historyIndex < history.size() - 1;
    }

    /** Alt+Left. */
    public boolean back() {
        if (!canGoBack()) {
            return false;
        }
        historyIndex--;
        restore(history.get(historyIndex));
        return true;
    }

    /** Alt+Right. */
    public boolean forward() {
        if (!canGoForward()) {
            return false;
        }
        historyIndex++;
        restore(history.get(historyIndex));
        return true;
    }

    private void restore(Place place) {
        articleOrigin.set(PaneId.HISTORY);
        article.set(place.article());
        apply(place.focus(), PaneId.HISTORY);
    }

    /** A new case: nothing selected, no history. */
    public void reset(CaseSnapshot newSnapshot) {
        history.clear();
        historyIndex = -1;
        focus.set(FocusChange.NONE);
        context.set(FocusContext.NONE);
        article.set(null);
        lastDelta = null;
        snapshot.set(newSnapshot);
        searchQuery.set("");
        preparations.forEach(Prepared::forget);
    }

    /**
     * Registers work a pane derives from a whole snapshot, so it can be done ahead ({@link #prepare})
     * off the FX thread. {@code derive} must be pure: it may run on any thread.
     */
    public <T> Prepared<T> prepared(Function<CaseSnapshot, T> derive) {
        Prepared<T> p = new Prepared<>(derive);
        preparations.add(p);
        return p;
    }

    /** How many times the panes' whole-snapshot work was done, ahead or when shown (tests count it). */
    public long preparedDerivations() {
        return preparations.stream().mapToLong(Prepared::derivations).sum();
    }

    /**
     * Does every pane's whole-snapshot work for {@code coming} on the calling worker thread and one
     * more (two cores), before {@link #reset} shows it: the FX thread then only fills its lists.
     */
    public void prepare(CaseSnapshot coming) {
        List<Prepared<?>> all = List.copyOf(preparations);
        if (all.isEmpty()) {
            return;
        }
        int half = (all.size() + 1) / 2;
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> all.subList(half, all.size()).forEach(p -> p.prepare(coming)));
        all.subList(0, half).forEach(p -> p.prepare(coming));
        other.join();
    }

    /**
     * Why the open case cannot be changed (it cannot be written where it is, or it is damaged), or
     * null while it can: the window shows it and every edit action is disabled with it.
     */
    public ReadOnlyStringProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public Optional<String> readOnly() {
        return Optional.ofNullable(readOnly.get());
    }

    /** The open case became read-only (or writable again, with null). */
    public void setReadOnly(String why) {
        readOnly.set(why);
    }
}
