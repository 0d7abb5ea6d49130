package org.onrecord.ui.report;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.StatementKind;
import org.onrecord.report.ReportOptions;
import org.onrecord.service.ReportService;
import org.onrecord.ui.common.UiPreferences;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The export dialog's choices: what goes into the report. The last choices are remembered per case
 * (keyed by the case file), so the next export starts where the researcher left off.
 */
public final class ReportDialogViewModel {
    private final UiPreferences preferences;
    private final String key;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ObjectProperty<ReportOptions.Grouping> groupBy = new SimpleObjectProperty<>(ReportOptions.Grouping.SPEAKER);
    private final BooleanProperty includeSuggested = new SimpleBooleanProperty(false);
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(true);
    private final BooleanProperty appendix = new SimpleBooleanProperty(true);
    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObservableList<StatementKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObservableSet<Long> chosenArticles = FXCollections.observableSet();
    private final ObservableSet<String> chosenKinds = FXCollections.observableSet();
    private final ObservableSet<String> chosenSpeakers = FXCollections.observableSet();

    public ReportDialogViewModel(UiPreferences preferences, String caseKey, String caseName, ReportService.Choices choices) {
        this.preferences = preferences;
        this.key = "report." + Integer.toHexString(caseKey.hashCode()) + ".";
        articles.setAll(choices.articles());
        kinds.setAll(choices.kinds());
        speakers.setAll(choices.speakers());
        title.set(preferences.get(key + "title", caseName));
        author.set(preferences.get(key + "author", preferences.get("report.author", "")));
        groupBy.set(ReportOptions.Grouping.valueOf(preferences.get(key + "groupBy", "SPEAKER")));
        includeSuggested.set(preferences.getBoolean(key + "suggested", false));
        includeNotes.set(preferences.getBoolean(key + "notes", true));
        appendix.set(preferences.getBoolean(key + "appendix", true));
        restore(chosenKinds, key + "kinds", kinds.stream().map(StatementKind::code).toList());
        restore(chosenSpeakers, key + "speakers", speakers);
        Set<String> articleIds = articles.stream().map(a -> Long.toString(a.id())).collect(Collectors.toSet());
        Set<String> savedArticles = new HashSet<>();
        restore(savedArticles, key + "articles", List.copyOf(articleIds));
        savedArticles.forEach(id -> chosenArticles.add(Long.parseLong(id)));
    }

    /** Saved choices that still exist; everything when nothing (or nothing valid) was saved. */
    private void restore(Set<String> into, String prefKey, List<String> available) {
        List<String> saved = preferences.getList(prefKey).stream().filter(available::contains).toList();
        into.addAll(saved.isEmpty() ? available : saved);
    }

    /** The options for the report; choosing everything means "all", so new articles are included next time too. */
    public ReportOptions options() {
        Set<Long> ids = chosenArticles.size() == articles.size() ? Set.of() : Set.copyOf(chosenArticles);
        Set<String> k = chosenKinds.size() == kinds.size() ? Set.of() : Set.copyOf(chosenKinds);
        Set<String> s = chosenSpeakers.size() == speakers.size() ? Set.of() : Set.copyOf(chosenSpeakers);
        return new ReportOptions(blankToNull(title.get()), blankToNull(author.get()), ids, k, s, includeSuggested.get(),
                includeNotes.get(), appendix.get(), groupBy.get(), LocalDate.now());
    }

    public void remember() {
        preferences.put(key + "title", title.get());
        preferences.put(key + "author", author.get());
        preferences.put("report.author", author.get());
        preferences.put(key + "groupBy", groupBy.get().name());
        preferences.putBoolean(key + "suggested", includeSuggested.get());
        preferences.putBoolean(key + "notes", includeNotes.get());
        preferences.putBoolean(key + "appendix", appendix.get());
        preferences.putList(key + "kinds", List.copyOf(chosenKinds));
        preferences.putList(key + "speakers", List.copyOf(chosenSpeakers));
        preferences.putList(key + "articles", chosenArticles.stream().map(String::valueOf).toList());
    }

    /** Nothing to report when a filter leaves no kind, speaker or article. */
    public boolean canExport() {
        return !chosenArticles.isEmpty() && !chosenKinds.isEmpty() && (speakers.isEmpty() || !chosenSpeakers.isEmpty());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<ReportOptions.Grouping> groupByProperty() {
        return groupBy;
    }

    public BooleanProperty includeSuggestedProperty() {
        return includeSuggested;
    }

    public BooleanProperty includeNotesProperty() {
        return includeNotes;
    }

    public BooleanProperty appendixProperty() {
        return appendix;
    }

    public ObservableList<ArticleSummary> articles() {
        return articles;
    }

    public ObservableList<StatementKind> kinds() {
        return kinds;
    }

    public ObservableList<String> speakers() {
        return speakers;
    }

    public ObservableSet<Long> chosenArticles() {
        return chosenArticles;
    }

    public ObservableSet<String> chosenKinds() {
        return chosenKinds;
    }

    public ObservableSet<String> chosenSpeakers() {
        return chosenSpeakers;
    }
}
