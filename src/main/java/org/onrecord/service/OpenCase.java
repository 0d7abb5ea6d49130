package org.onrecord.service;

import org.onrecord.model.Article;
import org.onrecord.model.Note;
import org.onrecord.model.NoteHit;
import org.onrecord.model.SearchHit;
import org.onrecord.model.SearchQuery;
import org.onrecord.progress.Progress;
import org.onrecord.report.ReportModel;
import org.onrecord.report.ReportOptions;
import org.onrecord.service.edit.EditHistory;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One open case: its store, its one undo history and the services bound to it. The window and the
 * command line both hold one (opened through {@link CaseService}); the window never reaches past it
 * to the store, so every change a researcher makes goes through {@link #edits()} and can be undone.
 * Every method may run on a worker thread; edits are serialised by the history.
 */
public final class OpenCase implements AutoCloseable {
    private final Services services;
    private final CaseStore store;
    private final EditHistory history;
    private final CaseEdits edits;
    private final AtomicLong wholeReads = new AtomicLong();
    private long seenVersion = -1;
    /** Why this case is read-only (it was found damaged), or null while it may be written. */
    private volatile String damage;
    private volatile CaseHealth health = CaseHealth.unfinished();

    public OpenCase(Services services, CaseStore store) {
        this.services = services;
        this.store = store;
        this.history = new EditHistory(store);
        this.edits = new CaseEdits(services, store, history);
        if (store.isReadOnly()) {
            store.refuseWrites(ReadOnlyCase.refusedWrite(store.path()));
        }
    }

    public Path path() {
        return store.path();
    }

    /** The file name without its extension, as the title bar and dialogs show it. */
    public String displayName() {
        String name = store.path().getFileName().toString();
        return name.endsWith(CaseService.EXTENSION) ? name.substring(0, name.length() - CaseService.EXTENSION.length()) : name;
    }

    /** The sentence saying this case is damaged and opened read-only, or empty when it is healthy as far as known. */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    /**
     * Why nothing in this case can be changed — it cannot be written where it is, or it was found
     * damaged — in one sentence; empty while it may be changed. The window disables every edit
     * and shows this sentence; reading, searching and exporting still work.
     */
    public Optional<String> readOnly() {
        if (damage != null) {
            return Optional.of(damage);
        }
        return store.isReadOnly() ? Optional.of(ReadOnlyCase.openedReadOnly(path())) : Optional.empty();
    }

    /** What the integrity check on open found (unfinished when it ran out of time or was not run). */
    public CaseHealth health() {
        return health;
    }

    /** Whether the integrity check on open ran out of time, so the rest is still to run ({@link CaseService#finishCheck}). */
    public boolean checkUnfinished() {
        return health.state() == CaseHealth.State.UNFINISHED;
    }

    void recordHealth(CaseHealth found) {
        this.health = found;
    }

    /** The case was found damaged: from now on every write is refused with one sentence saying so. */
    public void markDamaged(CaseHealth found) {
        String sentence = CaseDamage.openedReadOnly(path(), found);
        this.health = found;
        this.damage = sentence;
        store.refuseWrites(sentence);
    }

    /** The researcher's edits on this case, one undoable step per intent. */
    public CaseEdits edits() {
        return edits;
    }

    public EditHistory history() {
        return history;
    }

    /** The storage behind this case, for the command line and benchmarks; the window never asks for it. */
    public CaseStore store() {
        return store;
    }

    /** Reads everything the panes show (the whole case but its bodies): on opening, after imports, after another program's changes. */
    public CaseSnapshot snapshot() {
        changedElsewhere(); // what this read sees is what later polls compare with
        wholeReads.incrementAndGet();
        return services.reader().snapshot(store);
    }

    /**
     * The whole case but which "said on" days are only assumed ({@link CaseReader#snapshotBeforeSaidOn}):
     * what the window shows first on opening; {@link #assumedSaidOn} completes it.
     */
    public CaseSnapshot snapshotBeforeSaidOn() {
        changedElsewhere();
        wholeReads.incrementAndGet();
        return services.reader().snapshotBeforeSaidOn(store);
    }

    /** The statements of {@code snapshot} whose "said on" day is only assumed (reads their articles' bodies). */
    public Set<Long> assumedSaidOn(CaseSnapshot snapshot) {
        return services.reader().assumedSaidOn(store, snapshot);
    }

    /**
     * Which statements' "said on" day is only assumed, when the case keeps every answer needed
     * (one query, no body read); empty when {@link #assumedSaidOn} has still to decide some.
     */
    public Optional<Set<Long>> keptSaidOn(CaseSnapshot snapshot) {
        return services.reader().keptSaidOn(store, snapshot);
    }

    /** How many times {@link #snapshot()} read the whole case (tests count them: an edit must not). */
    public long wholeCaseReads() {
        return wholeReads.get();
    }

    /**
     * Calls {@code listener} after every edit, undo and redo of this case's history (on the thread
     * that made it, in order) with the rows it changed; with null when the edit cannot say, and the
     * whole case must be read again.
     */
    public void onEdit(Consumer<CaseDelta> listener) {
        history.addRowListener(applied -> listener.accept(applied.rows().isEmpty() ? null
                : services.reader().delta(store, applied.rows())));
    }

    /**
     * Whether another program (the command line, a second window) has committed to the case file
     * since the last call or the last {@link #snapshot()}: cheap enough to ask every second or two.
     * False when the case file is busy with this program's own writing (asked again later).
     */
    public synchronized boolean changedElsewhere() {
        OptionalLong version = store.dataVersion();
        if (version.isEmpty()) {
            return false;
        }
        boolean changed = seenVersion >= 0 && version.getAsLong() != seenVersion;
        seenVersion = version.getAsLong();
        return changed;
    }

    public Optional<Article> article(long id) {
        return services.reader().article(store, id);
    }

    public List<SearchHit> search(String query, int limit) {
        return services.search().search(store, query, limit);
    }

    public List<NoteHit> searchNotes(String query, int limit) {
        return services.notes().search(store, query, limit);
    }

    /** Every note of the case, on articles, entities, statements and events. */
    public List<Note> notes() {
        return services.notes().all(store);
    }

    /** Every suggestion still to review, with its evidence, in reading order. */
    public List<Suggestion> suggestions() {
        return SuggestionQueue.read(store);
    }

    public Optional<SearchQuery.Match> firstMatch(String body, String query) {
        return services.search().firstMatch(body, query);
    }

    public boolean suggestsAfterImport() {
        return services.analysis().suggestsAfterImport(store);
    }

    /** Every kind of suggestion in the articles just imported (unless the case switched it off); how many were made. */
    public int suggestAfterImport(List<Long> imported, Progress progress) {
        return services.analysis().analyzeImported(store, imported, progress).stream()
                .mapToInt(AnalysisService.ArticleAnalysis::suggested).sum();
    }

    public ImportReport importPaths(List<Path> paths, Progress progress) {
        return importPaths(paths, ImportOptions.defaults(), progress);
    }

    public ImportReport importPaths(List<Path> paths, ImportOptions options, Progress progress) {
        return services.importer().importPaths(store, paths, options, progress);
    }

    /** Fills a new case with the demo articles and annotations. */
    public void buildDemo(Progress progress) throws IOException {
        services.demo().build(store, progress);
    }

    public ReportService.Choices reportChoices() {
        return services.reports().choices(store);
    }

    /** The report as it would be written with {@code options}, without writing it. */
    public ReportModel reportModel(ReportOptions options) {
        return services.reports().model(store, options);
    }

    public ReportModel writePdf(ReportOptions options, Path target, Progress progress) throws IOException {
        return services.reports().writePdf(store, options, target, progress);
    }

    public ReportModel writeHtml(ReportOptions options, Path target, Progress progress) throws IOException {
        return services.reports().writeHtml(store, options, target, progress);
    }

    /** The JSON export contract ({@code shared/eval/README.md}). */
    public void exportJson(Path target) throws IOException {
        services.exporter().exportJson(store, target);
    }

    /** One CSV file per table in {@code folder}, created when missing. */
    public void writeCsvTables(ReportOptions options, Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        services.exchange().writeCsvTables(store, options, folder, progress);
    }

    public void writeQdpx(ReportOptions options, Path target, Progress progress) throws IOException {
        services.exchange().writeQdpx(store, options, target, progress);
    }

    @Override
    public void close() {
        store.close();
    }
}
