package org.onrecord.ui.entities;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Mention;
import org.onrecord.model.Note.NoteTarget;
import org.onrecord.model.ReviewState;
import org.onrecord.service.CaseDelta;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.FocusContext;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.Prepared;
import org.onrecord.ui.state.WorkbenchState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entities grouped by type with mention counts; selection follows and sets the shared focus. */
public final class EntitiesViewModel {
    private final WorkbenchState state;
    private final ObservableMap<EntityType, List<EntityRow>> groups = FXCollections.observableMap(new EnumMap<>(EntityType.class));
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty onlyThisArticle = new SimpleBooleanProperty(false);
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> marked = new SimpleObjectProperty<>(Set.of());

    private final EditRunner edits;
    private CaseSnapshot countedFor;
    private Map<Long, Integer> totals = Map.of();
    private final Prepared<Map<Long, Integer>> preparedTotals;

    /** A read-only list (benchmarks, tests of the sync matrix). */
    public EntitiesViewModel(WorkbenchState state) {
        this(state, null);
    }

    public EntitiesViewModel(WorkbenchState state, EditRunner edits) {
        this.state = state;
        this.edits = edits;
        this.preparedTotals = state.prepared(EntitiesViewModel::countsOf);
        state.snapshotProperty().addListener((obs, o, n) -> {
            CaseDelta delta = state.deltaBetween(o, n);
            if (delta == null || delta.entitiesChanged() || delta.mentionsChanged()) {
                rebuild();
            }
        });
        state.articleProperty().addListener((obs, o, n) -> rebuild());
        filter.addListener((obs, o, n) -> rebuild());
        onlyThisArticle.addListener((obs, o, n) -> rebuild());
        state.focusProperty().addListener((obs, o, change) -> follow(change));
        rebuild();
        follow(state.focus());
    }

    private void rebuild() {
        CaseSnapshot c = state.snapshot();
        Long article = state.article();
        Map<Long, Integer> inArticle = new HashMap<>();
        if (article != null) {
            for (Mention m : c.mentionsIn(article)) {
                if (m.state() != ReviewState.REJECTED) {
                    inArticle.merge(m.entityId(), 1, Integer::sum);
                }
            }
        }
        Map<Long, Integer> inCase = totals(c);
        Map<EntityType, List<EntityRow>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : c.entities()) {
            if (e.state() == ReviewState.REJECTED) {
                continue;
            }
            int here = inArticle.getOrDefault(e.id(), 0);
            EntityRow row = EntityRow.of(e, here, inCase.getOrDefault(e.id(), 0));
            if (row.matches(filter.get()) && (!onlyThisArticle.get() || here > 0)) {
                byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(row);
            }
        }
        byType.values().forEach(rows -> rows.sort(Comparator.comparingInt(EntityRow::inArticle).reversed()
                .thenComparing(Comparator.comparingInt(EntityRow::inCase).reversed())
                .thenComparing(EntityRow::name, String.CASE_INSENSITIVE_ORDER)));
        if (!byType.equals(groups)) {
            groups.clear();
            groups.putAll(byType);
        }
    }

    /** Mentions per entity in the whole case: counted once per snapshot, not again for every article shown. */
    private Map<Long, Integer> totals(CaseSnapshot c) {
        if (countedFor != c) {
            totals = preparedTotals.of(c);
            countedFor = c;
        }
        return totals;
    }

    /** Each entity's mentions in the whole case: pure, so opening counts them on a worker thread ({@link Prepared}). */
    private static Map<Long, Integer> countsOf(CaseSnapshot c) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Mention m : c.mentions()) {
            if (m.state() != ReviewState.REJECTED) {
                counts.merge(m.entityId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private void follow(FocusChange change) {
        FocusContext context = state.context();
        marked.set(context.entities());
        if (!change.cameFrom(PaneId.ENTITIES)) {
            selected.set(context.primaryEntity());
        }
    }

    public ObservableMap<EntityType, List<EntityRow>> groups() {
        return groups;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty onlyThisArticleProperty() {
        return onlyThisArticle;
    }

    /** The entity to select in the list; set from the shared focus, never by the list. */
    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    /** Ids to mark, replaced as a whole on each focus change so views refresh once. */
    public ObjectProperty<Set<Long>> markedProperty() {
        return marked;
    }

    public boolean isMarked(long id) {
        return marked.get().contains(id);
    }

    public void select(long entityId) {
        state.focus(new Focus.OnEntity(entityId), PaneId.ENTITIES);
    }

    public void clear() {
        state.clearFocus(PaneId.ENTITIES);
    }

    public boolean isEditable() {
        return edits != null && edits.available();
    }

    public void rename(long id, String name) {
        if (isEditable() && name != null && !name.isBlank()) {
            state.snapshot().entity(id).ifPresent(seen ->
                    edits.run("Renamed to " + name.strip() + ".", c -> c.renameEntity(seen, name.strip(), null)));
        }
    }

    public void retype(long id, EntityType type) {
        if (isEditable()) {
            state.snapshot().entity(id).ifPresent(seen -> edits.run("Type changed.", c -> c.renameEntity(seen, null, type)));
        }
    }

    /** DPRK into North Korea: the others' names become aliases of {@code into}; mentions and statements follow. */
    public void merge(long into, List<Long> others) {
        List<Long> merged = others.stream().filter(id -> id != into).distinct().toList();
        if (isEditable() && !merged.isEmpty()) {
            String name = state.snapshot().entity(into).map(Entity::name).orElse("entity " + into);
            edits.run("Merged " + merged.size() + " into " + name + " (Ctrl+Z splits them again).", c -> c.mergeEntities(into, merged));
        }
    }

    /** The other names an entity goes by (its name excluded), for "split off". */
    public List<String> aliasesOf(long id) {
        return state.snapshot().entity(id).map(e -> e.aliases().stream().filter(a -> !a.equals(e.name())).toList())
                .orElse(List.of());
    }

    public void split(long id, String alias) {
        if (isEditable()) {
            edits.run("“" + alias + "” is now an entity of its own (Ctrl+Z merges it back).", c -> c.splitEntity(id, alias));
        }
    }

    public void delete(long id) {
        if (isEditable()) {
            edits.run("Entity deleted (Ctrl+Z brings it back).", c -> c.deleteEntity(id));
        }
    }

    public void addNote(long id, String text) {
        if (isEditable() && text != null && !text.isBlank()) {
            edits.run("Note added.", c -> c.addNote(NoteTarget.ENTITY, id, text.strip()));
        }
    }
}
