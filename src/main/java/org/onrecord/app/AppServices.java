package org.onrecord.app;

import org.onrecord.ingest.ArticleReader;
import org.onrecord.ingest.format.FormatArticleReader;
import org.onrecord.service.AnchorService;
import org.onrecord.service.AnnotationEdits;
import org.onrecord.service.AnnotationService;
import org.onrecord.service.ArticleService;
import org.onrecord.service.DateProposer;
import org.onrecord.service.EntityEdits;
import org.onrecord.service.NoteService;
import org.onrecord.service.CaseReader;
import org.onrecord.service.CaseService;
import org.onrecord.service.DemoCase;
import org.onrecord.service.ExportService;
import org.onrecord.service.ExchangeService;
import org.onrecord.service.ImportService;
import org.onrecord.service.ReportService;
import org.onrecord.service.SearchService;
import org.onrecord.service.Services;

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
    private final org.onrecord.service.AnalysisService analysis = new org.onrecord.service.AnalysisService();
    private final DemoCase demo;
    private final DateProposer dateProposer;
    private final EntityEdits entityEdits = new EntityEdits();
    private final AnnotationEdits annotationEdits;
    private final NoteService notes = new NoteService();
    private final AnchorService anchors = new AnchorService();
    private final ArticleService articles;
    private final ReportService reports = new ReportService(store -> store.notes().all());
    private final ExchangeService exchange = new ExchangeService(reports);

    /** Wired with the placeholder date proposer (ISO dates only) until {@code org.onrecord.dates} is ready. */
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
        this.cases = new CaseService(new Services(this.reader, search, notes, importer, articles, annotationEdits, entityEdits,
                analysis, reports, exporter, exchange, demo));
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

    public org.onrecord.service.AnalysisService analysis() {
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
