package org.onrecord.ui.articles;

import org.onrecord.ui.notes.NoteTargets;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.onrecord.model.Article;
import org.onrecord.model.SearchHit;
import org.onrecord.model.SearchQuery;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.OpenCase;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.onrecord.model.NoteHit;

/** The article list and the full-text search above it. */
public final class ArticlesViewModel {
    private static final int SEARCH_LIMIT = 100;

    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final Supplier<OpenCase> session;

    private final ObservableList<ArticleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ArticleRow> filtered = new FilteredList<>(rows);
    private final SortedList<ArticleRow> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<NoteHit> noteHits = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final StringProperty searchStatus = new SimpleStringProperty("");
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private long searchSequence;

    public ArticlesViewModel(WorkbenchState state, TaskRunner tasks, Supplier<OpenCase> session) {
        this.state = state;
        this.tasks = tasks;
        this.session = session;
        filter.addListener((obs, old, f) -> filtered.setPredicate(row -> row.matches(f)));
        state.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        state.articleProperty().addListener((obs, old, id) -> selected.set(id));
        show(state.snapshot());
    }

    private void show(CaseSnapshot snapshot) {
        rows.setAll(snapshot.articles().stream().map(ArticleRow::of).toList());
        selected.set(state.article());
    }

    public SortedList<ArticleRow> rows() {
        return sorted;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObservableList<NoteHit> noteHits() {
        return noteHits;
    }

    /** A note found by the search: focus what it is about, in every pane. */
    public void openNote(NoteHit hit) {
        if (hit == null) {
            return;
        }
        NoteTargets.focus(state, hit.note().target(), hit.note().targetId(), PaneId.SEARCH);
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public StringProperty searchStatusProperty() {
        return searchStatus;
    }

    /** The article on screen, for the list to select (never written by the list itself). */
    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public void choose(Long articleId) {
        state.selectArticle(articleId, PaneId.ARTICLES);
    }

    /** Runs the query in the background; an older query's answer arriving late is dropped. */
    public void search() {
        search(false);
    }

    /** Enter in the search box: searches and opens the best hit at once (the others stay listed). */
    public void searchAndOpenFirst() {
        search(true);
    }

    private void search(boolean openFirst) {
        String q = query.get() == null ? "" : query.get().strip();
        long sequence = ++searchSequence;
        if (q.isEmpty()) {
            clearSearch();
            return;
        }
        OpenCase current = session.get();
        if (current == null) {
            return;
        }
        searching.set(true);
        record Found(List<SearchHit> articles, List<NoteHit> notes) {
        }
        tasks.runQuietly(p -> new Found(current.search(q, SEARCH_LIMIT), current.searchNotes(q, SEARCH_LIMIT)), (Found found) -> {
            if (sequence != searchSequence) {
                return;
            }
            List<SearchHit> result = found.articles();
            hits.setAll(result);
            noteHits.setAll(found.notes());
            String notes = found.notes().isEmpty() ? "" : ", " + found.notes().size() + (found.notes().size() == 1 ? " note" : " notes");
            String articles = result.size() + (result.size() == SEARCH_LIMIT ? "+" : "")
                    + (result.size() == 1 ? " article matches" : " articles match");
            searchStatus.set(result.isEmpty() && found.notes().isEmpty() ? "Nothing matches “" + q + "”"
                    : articles + notes + " · Esc: back to the list");
            if (openFirst && !result.isEmpty()) {
                openHit(result.getFirst());
            }
        }, error -> searchStatus.set("Search failed: " + error.getMessage()));
    }

    public void clearSearch() {
        searchSequence++;
        query.set("");
        hits.clear();
        noteHits.clear();
        searching.set(false);
        searchStatus.set("");
        state.searchQueryProperty().set("");
    }

    /** Opens the hit's article scrolled to the first matched words, which stay marked. */
    public void openHit(SearchHit hit) {
        OpenCase current = session.get();
        String q = query.get();
        if (current == null || hit == null) {
            return;
        }
        tasks.runQuietly(p -> {
            Optional<Article> article = current.article(hit.articleId());
            return article.flatMap(a -> current.firstMatch(a.body(), q));
        }, (Optional<SearchQuery.Match> match) -> {
            state.searchQueryProperty().set(q);
            state.selectArticle(hit.articleId(), PaneId.SEARCH);
            match.ifPresent(m -> state.focus(new Focus.OnSpan(hit.articleId(), m.start(), m.end()), PaneId.SEARCH));
        }, error -> searchStatus.set("Could not open the article: " + error.getMessage()));
    }
}
