package org.onrecord.ui;

import org.onrecord.app.AppServices;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.SearchHit;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.ImportOptions;
import org.onrecord.service.ImportReport;
import org.onrecord.service.Progress;
import org.onrecord.store.CaseStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One open case as the window uses it: every method may run on a worker thread. */
public final class CaseSession implements AutoCloseable {
    private final AppServices services;
    private final CaseStore store;
    private final org.onrecord.service.edit.EditHistory history;
    private org.onrecord.ui.annotate.AnnotationCommands annotationCommands;

    public CaseSession(AppServices services, CaseStore store) {
        this.services = services;
        this.store = store;
        this.history = new org.onrecord.service.edit.EditHistory(store);
        this.annotationCommands = new org.onrecord.ui.annotate.ServiceAnnotationCommands(services, store, history, () -> { });
    }

    public Path path() {
        return store.path();
    }

    public String displayName() {
        String name = store.path().getFileName().toString();
        return name.endsWith(".onrecord") ? name.substring(0, name.length() - ".onrecord".length()) : name;
    }

    public CaseSnapshot snapshot() {
        return services.reader().snapshot(store);
    }

    public Optional<Article> article(long id) {
        return services.reader().article(store, id);
    }

    public List<SearchHit> search(String query, int limit) {
        return services.search().search(store, query, limit);
    }

    public List<org.onrecord.model.NoteHit> searchNotes(String query, int limit) {
        return services.notes().search(store, query, limit);
    }

    public OptionalInt firstMatch(String body, String query) {
        return services.search().firstMatch(body, query);
    }

    public boolean suggestsAfterImport() {
        return services.analysis().suggestsAfterImport(store);
    }

    /** Every kind of suggestion in the articles just imported; the number of suggestions made. */
    public int suggestAfterImport(List<Long> imported, Progress progress) {
        return services.analysis().analyzeImported(store, imported, progress).stream()
                .mapToInt(org.onrecord.service.AnalysisService.ArticleAnalysis::suggested).sum();
    }

    public ImportReport importPaths(List<Path> paths, Progress progress) {
        return services.importer().importPaths(store, paths, ImportOptions.defaults(), progress);
    }

    /**
     * Records what the researcher typed. A new publication date goes through the undo history and
     * re-resolves the article's relative dates that were not fixed by hand.
     */
    public void giveMetadata(long articleId, ArticleMetadata given) {
        ArticleMetadata others = new ArticleMetadata(given.title(), given.outlet(), given.author(), given.url(), null,
                given.language());
        if (!others.equals(ArticleMetadata.EMPTY)) {
            store.articles().giveMetadata(articleId, others);
        }
        if (given.published() != null) {
            history.perform(services.articles().changePublicationDate(store, articleId, given.published()));
        }
    }

    /** The editor's commands on this case; {@code afterEdit} runs (on a worker) after each saved edit. */
    public org.onrecord.ui.annotate.AnnotationCommands annotationCommands() {
        return annotationCommands;
    }

    void onEdit(Runnable afterEdit) {
        this.annotationCommands = new org.onrecord.ui.annotate.ServiceAnnotationCommands(services, store, history, afterEdit);
    }

    public org.onrecord.service.ReportService.Choices reportChoices() {
        return services.reports().choices(store);
    }

    public CaseStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
