package org.onrecord.app;

import org.onrecord.ingest.ArticleReader;
import org.onrecord.ingest.format.FormatArticleReader;
import org.onrecord.service.AnalysisService;
import org.onrecord.service.AnchorService;
import org.onrecord.service.AnnotationEdits;
import org.onrecord.service.AnnotationService;
import org.onrecord.service.ArticleService;
import org.onrecord.service.DateProposer;
import org.onrecord.service.EntityEdits;
import org.onrecord.service.NoteService;
import org.onrecord.service.BackupPolicy;
import org.onrecord.service.BackupService;
import org.onrecord.service.CaseReader;
import org.onrecord.service.CaseService;
import org.onrecord.service.DemoCase;
import org.onrecord.service.ExportService;
import org.onrecord.service.ExchangeService;
import org.onrecord.service.ImportService;
import org.onrecord.service.ReportService;
import org.onrecord.service.SearchService;
import org.onrecord.service.Services;
import org.onrecord.store.CaseFiles;
import org.onrecord.store.sqlite.SqliteCaseFiles;
import org.onrecord.suggest.NlpEngine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Composition root: builds every service once, by hand, and owns the worker threads. The command
 * line and the window both start here, so they run the same code.
 */
public final class AppServices implements AutoCloseable {
    private final ExecutorService workers;
    private final CaseService cases;
    private final ImportService importer;
    private final ExportService exporter = new ExportService();
    private final SearchService search = new SearchService();
    private final AnnotationService annotations;
    private final CaseReader reader = new CaseReader();
    private final AnalysisService analysis = new AnalysisService(NlpEngine.shared());
    private final DemoCase demo;
    private final DateProposer dateProposer;
    private final EntityEdits entityEdits = new EntityEdits();
    private final AnnotationEdits annotationEdits;
    private final NoteService notes = new NoteService();
    private final AnchorService anchors = new AnchorService();
    private final ArticleService articles;
    private final ReportService reports = new ReportService(store -> store.notes().all());
    private final ExchangeService exchange = new ExchangeService(reports);
    private final BackupService backups;

    /** The user's data folder: the demo case, the log ({@link AppLog}), the backups; {@code -Donrecord.data=DIR} moves it. */
    public static Path dataDirectory() {
        String moved = System.getProperty("onrecord.data");
        return moved != null && !moved.isBlank() ? Path.of(moved) : Path.of(System.getProperty("user.home"), "Onrecord");
    }

    /** Where the automatic backups of every case are kept, one folder per case. */
    public static Path backupDirectory() {
        return dataDirectory().resolve("backups");
    }

    public AppServices() {
        this(new ResolvingDateProposer());
    }

    public AppServices(DateProposer dateProposer) {
        this.dateProposer = dateProposer;
        this.annotationEdits = new AnnotationEdits(dateProposer);
        this.annotations = new AnnotationService(entityEdits, annotationEdits);
        this.articles = new ArticleService(dateProposer, anchors);
        int cores = Runtime.getRuntime().availableProcessors();
        this.workers = Executors.newFixedThreadPool(cores, named("onrecord-worker"));
        ArticleReader reader = new FormatArticleReader();
        this.importer = new ImportService(reader, workers, cores);
        this.demo = new DemoCase(importer, annotations);
        CaseFiles caseFiles = new SqliteCaseFiles();
        this.backups = new BackupService(caseFiles, backupDirectory(), BackupPolicy.readFrom(dataDirectory()), Clock.systemUTC());
        this.cases = new CaseService(new Services(this.reader, search, notes, importer, articles, annotationEdits, entityEdits,
                analysis, reports, exporter, exchange, demo), caseFiles, backups);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Opens and creates cases ({@code openCase}, {@code createCase}) bound to these services. */
    public CaseService cases() {
        return cases;
    }

    /** Backups of cases: rolling automatic ones, copies, restores. */
    public BackupService backups() {
        return backups;
    }

    public ImportService importer() {
        return importer;
    }

    public ExportService exporter() {
        return exporter;
    }

    public SearchService search() {
        return search;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public DateProposer dateProposer() {
        return dateProposer;
    }

    /** Reversible edits on entities and mentions (perform them through an {@code EditHistory}). */
    public EntityEdits entityEdits() {
        return entityEdits;
    }

    /** Reversible edits on statements, events and statement kinds. */
    public AnnotationEdits annotationEdits() {
        return annotationEdits;
    }

    public NoteService notes() {
        return notes;
    }

    public AnchorService anchors() {
        return anchors;
    }

    public ArticleService articles() {
        return articles;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public CaseReader reader() {
        return reader;
    }

    public DemoCase demo() {
        return demo;
    }

    public ReportService reports() {
        return reports;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    public ExecutorService workers() {
        return workers;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
