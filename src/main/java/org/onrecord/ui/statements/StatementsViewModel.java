package org.onrecord.ui.statements;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Note.NoteTarget;
import org.onrecord.model.ReviewState;
import org.onrecord.model.SpeakerName;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.service.CaseDelta;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.annotate.AnnotationCommands;
import org.onrecord.ui.annotate.EditRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.Prepared;
import org.onrecord.ui.state.WorkbenchState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The claim/denial table: rows, filters by kind, speaker, article and words, and the marks of the shared focus. */
public final class StatementsViewModel {
    public static final String ALL = "All";

    private final WorkbenchState state;
    private static final Comparator<Statement> CASE_ORDER = Comparator.comparingLong(Statement::articleId)
            .thenComparingInt((Statement x) -> x.span().start()).thenComparingLong(Statement::id);
    private final ObservableList<StatementRow> rows = FXCollections.observableArrayList();
    private long touchedLookups;
    private final FilteredList<StatementRow> filtered = new FilteredList<>(rows);
    private final SortedList<StatementRow> sorted = new SortedList<>(filtered);
    private final ObservableList<StatementKind> kinds = FXCollections.observableArrayList();
    private final ObservableSet<String> shownKinds = FXCollections.observableSet();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObservableList<String> articles = FXCollections.observableArrayList();
    private final StringProperty speakerFilter = new SimpleStringProperty(ALL);
    private final StringProperty articleFilter = new SimpleStringProperty(ALL);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final BooleanProperty kindUnsureOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty rulesSure = new SimpleBooleanProperty(false);
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> marked = new SimpleObjectProperty<>(Set.of());

    private final EditRunner edits;
    private final Prepared<List<StatementRow>> preparedRows;
    private boolean settingKinds;

    /** A read-only table (benchmarks, tests of the sync matrix). */
    public StatementsViewModel(WorkbenchState state) {
        this(state, null);
    }

    public StatementsViewModel(WorkbenchState state, EditRunner edits) {
        this.state = state;
        this.edits = edits;
        this.preparedRows = state.prepared(StatementsViewModel::rowsOf);
        state.snapshotProperty().addListener((obs, o, n) -> {
            CaseDelta delta = state.deltaBetween(o, n);
            if (delta == null) {
                rebuild();
            } else {
                patch(o, delta);
            }
            followSuggestions();
        });
        state.focusProperty().addListener((obs, o, change) -> follow(change));
        speakerFilter.addListener((obs, o, n) -> refilter());
        articleFilter.addListener((obs, o, n) -> refilter());
        textFilter.addListener((obs, o, n) -> refilter());
        kindUnsureOnly.addListener((obs, o, n) -> refilter());
        shownKinds.addListener((SetChangeListener<String>) change -> {
            if (!settingKinds) {
                refilter();
            }
        });
        rebuild();
        followSuggestions();
        follow(state.focus());
    }

    /**
     * The "Sure" column and the "Kind unsure" filter mean something only where the rules proposed
     * statements; a case made by hand shows neither (and a filter left on shows nothing, so it goes off).
     */
    private void followSuggestions() {
        boolean any = state.snapshot().confidenceCount() > 0;
        rulesSure.set(any);
        if (!any) {
            kindUnsureOnly.set(false);
        }
    }

    /** True while some statement of the case carries how sure the rules were of it. */
    public ReadOnlyBooleanProperty rulesSureProperty() {
        return rulesSure;
    }

    /** The table's rows of a whole snapshot: pure, so opening makes them on a worker thread ({@link Prepared}). */
    private static List<StatementRow> rowsOf(CaseSnapshot c) {
        Map<String, String> labels = c.kinds().stream().collect(Collectors.toMap(StatementKind::code, StatementKind::label, (a, b) -> a));
        Map<Long, ArticleSummary> byId = c.articles().stream().collect(Collectors.toMap(ArticleSummary::id, a -> a));
        return c.statements().stream()
                .filter(s -> s.state() != ReviewState.REJECTED)
                .map(s -> StatementRow.of(s, speakerName(c, s), labels.getOrDefault(s.kind(), s.kind()),
                        byId.get(s.articleId()), c.saidOnAssumed(s.id()), c.confidence(s.id()).orElse(null)))
                .toList();
    }

    private void rebuild() {
        CaseSnapshot c = state.snapshot();
        List<StatementRow> built = preparedRows.of(c);
        rows.setAll(built);
        if (!kinds.equals(c.kinds())) {
            kinds.setAll(c.kinds());
            // One refilter after the whole set (below), not one per kind: each goes over every row.
            settingKinds = true;
            try {
                shownKinds.clear();
                shownKinds.addAll(c.kinds().stream().map(StatementKind::code).toList());
            } finally {
                settingKinds = false;
            }
        }
        speakers.setAll(prepend(built.stream().map(StatementRow::speaker).filter(s -> !s.isBlank()).distinct().sorted().toList()));
        articles.setAll(prepend(built.stream().map(StatementRow::article).distinct().sorted().toList()));
        refilter();
    }

    /**
     * An edit's rows: only the rows of the statements it changed (and of those whose speaker entity
     * or article title it changed) are made again; the table keeps every other row object.
     */
    private void patch(CaseSnapshot before, CaseDelta delta) {
        if (delta.kindsChanged()) {
            rebuild();
            return;
        }
        CaseSnapshot c = state.snapshot();
        Set<Long> renamedArticles = new HashSet<>();
        delta.articles().forEach((id, now) -> {
            String was = before.article(id).map(ArticleSummary::displayTitle).orElse(null);
            if (!Objects.equals(was, now.displayTitle())) {
                renamedArticles.add(id);
            }
        });
        Set<Long> entities = new HashSet<>(delta.entities().keySet());
        entities.addAll(delta.removedEntities());
        if (!delta.statementsChanged() && entities.isEmpty() && renamedArticles.isEmpty()) {
            return;
        }
        Map<String, String> labels = c.kinds().stream().collect(Collectors.toMap(StatementKind::code, StatementKind::label, (a, b) -> a));
        Set<Long> placed = new HashSet<>();
        boolean namesMoved = false; // a speaker or article title came, went or changed: the filter lists follow
        for (int i : touchedRows(before, delta, entities.isEmpty() && renamedArticles.isEmpty())) {
            StatementRow row = rows.get(i);
            boolean touched = delta.statements().containsKey(row.id()) || delta.removedStatements().contains(row.id())
                    || (row.speakerEntity() != null && entities.contains(row.speakerEntity()))
                    || renamedArticles.contains(row.articleId());
            if (!touched) {
                continue;
            }
            Statement s = c.statement(row.id()).orElse(null);
            if (s == null || s.state() == ReviewState.REJECTED) {
                rows.remove(i);
                namesMoved = true;
            } else {
                StatementRow made = row(c, s, labels);
                if (!made.equals(row)) {
                    rows.set(i, made);
                    namesMoved |= !made.speaker().equals(row.speaker()) || !made.article().equals(row.article());
                }
                placed.add(s.id());
            }
        }
        for (Statement s : delta.statements().values()) {
            if (!placed.contains(s.id()) && s.state() != ReviewState.REJECTED) {
                rows.add(insertionPoint(c, s), row(c, s, labels));
                namesMoved = true;
            }
        }
        if (!namesMoved) {
            return;
        }
        List<String> newSpeakers = prepend(rows.stream().map(StatementRow::speaker).filter(x -> !x.isBlank()).distinct().sorted().toList());
        if (!newSpeakers.equals(speakers)) {
            speakers.setAll(newSpeakers);
        }
        List<String> newArticles = prepend(rows.stream().map(StatementRow::article).distinct().sorted().toList());
        if (!newArticles.equals(articles)) {
            articles.setAll(newArticles);
        }
    }

    /**
     * The indexes of the rows an edit may touch, last first (so removing one keeps the others in
     * place). An edit of statements alone finds its rows by binary search in the case's order
     * (50,000 rows are not gone through for one changed kind); a renamed speaker or article, or rows
     * not where that order says, go through them all.
     */
    private List<Integer> touchedRows(CaseSnapshot before, CaseDelta delta, boolean statementsOnly) {
        List<Integer> found = new ArrayList<>();
        if (statementsOnly) {
            Set<Long> ids = new HashSet<>(delta.statements().keySet());
            ids.addAll(delta.removedStatements());
            for (long id : ids) {
                Statement was = before.statement(id).orElse(null);
                if (was == null) {
                    continue; // new: added below
                }
                int i = positionOf(before, was);
                if (i < rows.size() && rows.get(i).id() == id) {
                    found.add(i);
                } else if (was.state() != ReviewState.REJECTED) {
                    found.clear();
                    break; // not where the order says: look at every row
                }
            }
            if (!found.isEmpty() || ids.stream().allMatch(id -> before.statement(id).map(x -> x.state() == ReviewState.REJECTED).orElse(true))) {
                found.sort(Comparator.reverseOrder());
                touchedLookups += found.size();
                return found;
            }
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            found.add(i);
        }
        touchedLookups += found.size();
        return found;
    }

    /** Rows looked at by edits so far (tests: one changed statement looks at one row, not at every row). */
    long touchedLookups() {
        return touchedLookups;
    }

    /** Where {@code s} stands among the rows, in the case's order, comparing the rows as {@code c} has them. */
    private int positionOf(CaseSnapshot c, Statement s) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Statement there = c.statement(rows.get(mid).id()).orElse(null);
            if (there != null && CASE_ORDER.compare(there, s) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Where a new row goes so the table keeps the case's order (article, then place in it). */
    private int insertionPoint(CaseSnapshot c, Statement added) {
        return positionOf(c, added);
    }

    private static StatementRow row(CaseSnapshot c, Statement s, Map<String, String> labels) {
        return StatementRow.of(s, speakerName(c, s), labels.getOrDefault(s.kind(), s.kind()),
                c.article(s.articleId()).orElse(null), c.saidOnAssumed(s.id()), c.confidence(s.id()).orElse(null));
    }

    private static List<String> prepend(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(ALL);
        all.addAll(values);
        return all;
    }

    private static String speakerName(CaseSnapshot c, Statement s) {
        return SpeakerName.of(s, c::entity).orElse("");
    }

    private void refilter() {
        Set<String> kindsShown = new HashSet<>(shownKinds);
        String speaker = speakerFilter.get();
        String article = articleFilter.get();
        String text = StatementRow.needle(textFilter.get());
        boolean unsureOnly = kindUnsureOnly.get();
        filtered.setPredicate(row -> kindsShown.contains(row.kind())
                && (!unsureOnly || row.kindUnsure())
                && (speaker == null || ALL.equals(speaker) || Objects.equals(row.speaker(), speaker))
                && (article == null || ALL.equals(article) || Objects.equals(row.article(), article))
                && row.matchesText(text));
    }

    private void follow(FocusChange change) {
        marked.set(state.context().statements());
        if (!change.cameFrom(PaneId.STATEMENTS)) {
            selected.set(state.context().primaryStatement());
        }
    }

    public SortedList<StatementRow> rows() {
        return sorted;
    }

    public ObservableList<StatementKind> kinds() {
        return kinds;
    }

    public ObservableSet<String> shownKinds() {
        return shownKinds;
    }

    public ObservableList<String> speakers() {
        return speakers;
    }

    public ObservableList<String> articles() {
        return articles;
    }

    public StringProperty speakerFilterProperty() {
        return speakerFilter;
    }

    public StringProperty articleFilterProperty() {
        return articleFilter;
    }

    /** Only the suggested statements whose kind the rules were unsure of. */
    public BooleanProperty kindUnsureOnlyProperty() {
        return kindUnsureOnly;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

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

    public int visibleCount() {
        return filtered.size();
    }

    public int totalCount() {
        return rows.size();
    }

    public void select(long statementId) {
        state.focus(new Focus.OnStatement(statementId), PaneId.STATEMENTS);
    }

    public void clear() {
        state.clearFocus(PaneId.STATEMENTS);
    }

    public boolean isEditable() {
        return edits != null && edits.available();
    }

    /** False while the open case is read-only: no cell opens for editing. */
    public ObservableBooleanValue editableProperty() {
        return state.readOnlyProperty().isNull();
    }

    /** Speaker as typed in the cell: a known entity name or alias links the entity, anything else is a description. */
    public void setSpeaker(long id, String text) {
        change(id, "Speaker changed.", (c, seen) -> c.nameSpeaker(seen, text));
    }

    public void setVia(long id, String text) {
        change(id, "Via changed.", (c, seen) -> c.sayVia(seen, text));
    }

    public void setKind(long id, String kind) {
        change(id, "Kind changed.", (c, seen) -> c.changeKind(seen, kind));
    }

    public void setDirect(long id, boolean direct) {
        change(id, direct ? "Marked as a direct quote." : "Marked as reported speech.", (c, seen) -> c.markDirect(seen, direct));
    }

    /** Date said as typed: YYYY-MM-DD, or empty for none. */
    public void setDateSaid(long id, String text) {
        change(id, "Date said changed.", (c, seen) -> c.dateSaid(seen, text));
    }

    public void delete(long id) {
        if (isEditable()) {
            edits.run("Statement deleted (Ctrl+Z brings it back).", c -> c.deleteStatement(id));
        }
    }

    public void addNote(long id, String text) {
        if (isEditable() && text != null && !text.isBlank()) {
            edits.run("Note added.", c -> c.addNote(NoteTarget.STATEMENT, id, text.strip()));
        }
    }

    /** A change to one field of the statement as this table shows it (a change made elsewhere since to that field is refused). */
    private void change(long id, String done, SeenChange change) {
        Statement seen = state.snapshot().statement(id).orElse(null);
        if (isEditable() && seen != null) {
            edits.run(done, c -> change.run(c, seen));
        }
    }

    private interface SeenChange {
        void run(AnnotationCommands commands, Statement seen) throws Exception;
    }
}
