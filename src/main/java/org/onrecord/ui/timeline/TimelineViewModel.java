package org.onrecord.ui.timeline;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DateValue;
import org.onrecord.model.ReviewState;
import org.onrecord.service.CaseDelta;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.FocusContext;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.Prepared;
import org.onrecord.ui.state.WorkbenchState;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The timeline pane's state, toolkit-free (javafx.beans and collections only): the items of the
 * case, the visible window, the lane mode, and what the shared focus marks. Writes to the
 * workbench only through {@link WorkbenchState}'s intent methods, tagged {@link PaneId#TIMELINE}.
 */
public final class TimelineViewModel {
    static final double ZOOM_STEP = 1.6;

    private final WorkbenchState state;
    private final TimelineLanes lanes = new TimelineLanes();
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> undatedItems = FXCollections.observableArrayList();
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.ARTICLE);
    private final ReadOnlyObjectWrapper<List<TimelineLayout.Entry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<DateWindow> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<Long>> markedEvents = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<Long> selectedEvent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DateWindow> markedDates = new ReadOnlyObjectWrapper<>();
    // Looked up per drawn lane and per focus change: indexed once per load, never scanned.
    private Map<Long, TimelineItem> itemById = Map.of();
    private final Prepared<Loaded> preparedItems;
    private Map<String, LocalDate> publishedByLane = Map.of();

    public TimelineViewModel(WorkbenchState state) {
        this.state = state;
        this.preparedItems = state.prepared(TimelineViewModel::loadedOf);
        state.snapshotProperty().addListener((obs, old, now) -> {
            CaseDelta delta = state.deltaBetween(old, now);
            // An item shows its event, its article and the entities named near it.
            if (delta == null || delta.eventsChanged() || delta.mentionsChanged() || delta.entitiesChanged()
                    || movedArticles(old, delta)) {
                load(now, isAnotherCase(old, now));
            }
        });
        laneMode.addListener((obs, old, now) -> entries.set(lanes.entries(items, now)));
        state.contextProperty().addListener((obs, old, now) -> showMarks(now));
        // The context is set before the focus, so it is complete when a focus change arrives.
        state.focusProperty().addListener((obs, old, now) -> followFocus(now));
        load(state.snapshot(), true);
        showMarks(state.context());
    }

    // ---- what the view reads

    public ObservableList<TimelineItem> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** Events with no date bound at all: listed beside the timeline, never guessed onto it. */
    public ObservableList<TimelineItem> undatedItems() {
        return FXCollections.unmodifiableObservableList(undatedItems);
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    /** Layout input for the current items and lane mode. */
    public ReadOnlyObjectProperty<List<TimelineLayout.Entry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    public DateWindow window() {
        return window.get();
    }

    public ReadOnlyObjectProperty<Set<Long>> markedEventsProperty() {
        return markedEvents.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> selectedEventProperty() {
        return selectedEvent.getReadOnlyProperty();
    }

    /** The dates the focus is about (shaded), or null. */
    public ReadOnlyObjectProperty<DateWindow> markedDatesProperty() {
        return markedDates.getReadOnlyProperty();
    }

    /** When the article of an article lane was published (drawn in its lane: events are told relative to it). */
    public Optional<LocalDate> publishedIn(String laneKey) {
        return Optional.ofNullable(publishedByLane.get(laneKey));
    }

    public Optional<TimelineItem> item(long eventId) {
        return Optional.ofNullable(itemById.get(eventId));
    }

    // ---- intents

    public void select(long eventId) {
        state.focus(new Focus.OnEvent(eventId), PaneId.TIMELINE);
    }

    public void selectDates(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        state.focus(new Focus.OnDates(first, last), PaneId.TIMELINE);
    }

    public void clear() {
        state.clearFocus(PaneId.TIMELINE);
    }

    /** Right arrow: the next event in time after the selected one (or the first one in view). */
    public void selectNext() {
        step(1);
    }

    /** Left arrow. */
    public void selectPrevious() {
        step(-1);
    }

    public void zoomIn() {
        zoomAround(zoomAnchor(), 1 / ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAround(zoomAnchor(), ZOOM_STEP);
    }

    public void zoomAround(LocalDate anchor, double factor) {
        window.set(window.get().zoom(factor, anchor));
    }

    public void pan(double fraction) {
        window.set(window.get().pan(fraction));
    }

    /** For dragging: the view pans from the window it had when the drag began. */
    public void showWindow(DateWindow newWindow) {
        window.set(newWindow);
    }

    public void fitAll() {
        List<TimelineItem> dated = datedInOrder();
        if (dated.isEmpty()) {
            LocalDate around = state.snapshot().articles().stream().map(ArticleSummary::published)
                    .filter(p -> p != null).map(p -> p.date()).max(Comparator.naturalOrder()).orElse(LocalDate.now());
            window.set(DateWindow.covering(around.minusDays(45), around.plusDays(45), 0));
            return;
        }
        LocalDate first = dated.stream().map(i -> start(i.date())).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dated.stream().map(i -> end(i.date())).max(Comparator.naturalOrder()).orElseThrow();
        // An open end fades out over a fixed width (about a sixth of a fitted plot): leave room for it.
        long tail = Math.max(1, (last.toEpochDay() - first.toEpochDay()) / 6);
        LocalDate withTails = first;
        LocalDate lastWithTails = last;
        for (TimelineItem i : dated) {
            if (i.date().from() == null && i.date().to().minusDays(tail).isBefore(withTails)) {
                withTails = i.date().to().minusDays(tail);
            }
            if (i.date().to() == null && i.date().from().plusDays(tail).isAfter(lastWithTails)) {
                lastWithTails = i.date().from().plusDays(tail);
            }
        }
        window.set(DateWindow.covering(withTails, lastWithTails, 0.04));
    }

    // ---- reactions

    /** What a load shows of a whole snapshot; the lanes as the default lane mode puts them. */
    private record Loaded(List<TimelineItem> items, Map<Long, TimelineItem> byId, Map<String, LocalDate> published,
                          List<TimelineItem> undated, List<TimelineLayout.Entry> articleLanes) {
    }

    /** Every event's item in time order, and what is looked up in them: pure, so opening makes it on a worker thread ({@link Prepared}). */
    private static Loaded loadedOf(CaseSnapshot snapshot) {
        List<TimelineItem> loaded = snapshot.events().stream()
                .filter(e -> e.state() != ReviewState.REJECTED)
                .map(e -> new TimelineItem(e, snapshot.article(e.articleId()).orElse(null), e.span().text(),
                        e.description(), TimelineLanes.entitiesNear(snapshot, e)))
                .sorted(Comparator.comparing((TimelineItem i) -> sortKey(i.date())).thenComparingLong(TimelineItem::eventId))
                .toList();
        Map<Long, TimelineItem> byId = new HashMap<>();
        loaded.forEach(i -> byId.put(i.eventId(), i));
        Map<String, LocalDate> published = new HashMap<>();
        snapshot.articles().stream().filter(a -> a.published() != null)
                .forEach(a -> published.put(TimelineLanes.articleKey(a.id()), a.published().date()));
        return new Loaded(loaded, byId, published, loaded.stream().filter(i -> !TimelineLayout.isPlaceable(i.date())).toList(),
                new TimelineLanes().entries(loaded, LaneMode.ARTICLE));
    }

    private void load(CaseSnapshot snapshot, boolean fit) {
        Loaded loaded = preparedItems.of(snapshot);
        itemById = loaded.byId();
        publishedByLane = loaded.published();
        items.setAll(loaded.items());
        undatedItems.setAll(loaded.undated());
        entries.set(laneMode.get() == LaneMode.ARTICLE ? loaded.articleLanes() : lanes.entries(items, laneMode.get()));
        if (fit || window.get() == null) {
            fitAll();
        }
    }

    /** Whether an edit changed what the timeline shows of an article: its title or publication date (its counts are not shown). */
    private static boolean movedArticles(CaseSnapshot old, CaseDelta delta) {
        return delta.articles().values().stream().anyMatch(now -> old.article(now.id())
                .map(was -> !Objects.equals(was.displayTitle(), now.displayTitle()) || !Objects.equals(was.published(), now.published()))
                .orElse(true));
    }

    /** An edit keeps the window; a different case (or the first one) is fitted. */
    private static boolean isAnotherCase(CaseSnapshot old, CaseSnapshot now) {
        return old == null || old.events().isEmpty()
                || now.articles().stream().noneMatch(a -> old.articleById().containsKey(a.id()));
    }

    private void showMarks(FocusContext context) {
        markedEvents.set(Set.copyOf(context.events()));
        selectedEvent.set(context.primaryEvent());
        markedDates.set(context.datesFrom() != null && context.datesTo() != null
                ? new DateWindow(context.datesFrom(), context.datesTo()) : null);
    }

    /** Another pane focused something: bring it into view. Our own focus changes never move the window (no echo). */
    private void followFocus(FocusChange change) {
        if (change.isEmpty() || change.cameFrom(PaneId.TIMELINE)) {
            return;
        }
        FocusContext context = state.context();
        List<TimelineItem> targets = context.primaryEvent() != null
                ? item(context.primaryEvent()).stream().toList()
                : context.events().stream().map(this::item).flatMap(Optional::stream).toList();
        targets = targets.stream().filter(i -> TimelineLayout.isPlaceable(i.date())).toList();
        if (!targets.isEmpty()) {
            LocalDate first = targets.stream().map(i -> start(i.date())).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = targets.stream().map(i -> end(i.date())).max(Comparator.naturalOrder()).orElseThrow();
            boolean anyVisible = targets.stream().anyMatch(i -> window.get().contains(start(i.date()), end(i.date())));
            if (!anyVisible) {
                reveal(first, last);
            }
        } else if (context.datesFrom() != null && context.datesTo() != null
                && !window.get().contains(context.datesFrom(), context.datesTo())) {
            reveal(context.datesFrom(), context.datesTo());
        }
    }

    private void reveal(LocalDate from, LocalDate to) {
        DateWindow current = window.get();
        boolean fits = to.toEpochDay() - from.toEpochDay() + 1 <= current.days();
        window.set(fits ? current.centredOn(from, to) : DateWindow.covering(from, to, 0.06));
    }

    private void step(int direction) {
        List<TimelineItem> dated = datedInOrder();
        if (dated.isEmpty()) {
            return;
        }
        int index = -1;
        for (int i = 0; i < dated.size(); i++) {
            if (selectedEvent.get() != null && dated.get(i).eventId() == selectedEvent.get()) {
                index = i;
            }
        }
        TimelineItem target;
        if (index < 0) {
            DateWindow w = window.get();
            List<TimelineItem> inView = dated.stream().filter(i -> w.intersects(start(i.date()), end(i.date()))).toList();
            List<TimelineItem> pool = inView.isEmpty() ? dated : inView;
            target = direction > 0 ? pool.getFirst() : pool.getLast();
        } else {
            target = dated.get(Math.clamp(index + direction, 0, dated.size() - 1));
        }
        // Moving with the keys is a request to see the event: reveal it here, since our own echo is ignored.
        if (!window.get().contains(start(target.date()), end(target.date()))) {
            reveal(start(target.date()), end(target.date()));
        }
        select(target.eventId());
    }

    private LocalDate zoomAnchor() {
        Long selected = selectedEvent.get();
        if (selected != null) {
            Optional<TimelineItem> item = item(selected).filter(i -> TimelineLayout.isPlaceable(i.date()));
            if (item.isPresent() && window.get().intersects(start(item.get().date()), end(item.get().date()))) {
                return start(item.get().date());
            }
        }
        return window.get().middle();
    }

    private List<TimelineItem> datedInOrder() {
        return items.stream().filter(i -> TimelineLayout.isPlaceable(i.date())).toList();
    }

    /** Earliest known day of a placeable date (an open start falls back on its end). */
    static LocalDate start(DateValue d) {
        return d.from() != null ? d.from() : d.to();
    }

    static LocalDate end(DateValue d) {
        return d.to() != null ? d.to() : d.from();
    }

    private static LocalDate sortKey(DateValue d) {
        return TimelineLayout.isPlaceable(d) ? start(d) : LocalDate.MAX;
    }
}
