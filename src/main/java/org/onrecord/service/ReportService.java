package org.onrecord.service;

import org.onrecord.model.Article;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.progress.Progress;
import org.onrecord.report.AtomicFileWriter;
import org.onrecord.report.OriginalCheck;
import org.onrecord.report.Paragraphs;
import org.onrecord.report.PdfReportWriter;
import org.onrecord.report.ReportHtml;
import org.onrecord.report.ReportInput;
import org.onrecord.report.ReportModel;
import org.onrecord.report.ReportModelBuilder;
import org.onrecord.report.ReportOptions;
import org.onrecord.store.CaseStore;
import org.onrecord.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * Makes the case report (PDF) and its HTML twin. Long work: call it on a worker thread; it reports
 * progress and checks {@link Progress#isCancelled()} between steps, then throws
 * {@link CancellationException}. The target is written through a temporary file and moved into place,
 * so a failure or a cancel never leaves a broken file nor replaces a good one.
 */
public final class ReportService {
    /** Where a report finds the researcher's notes (the app passes the case's notes; tests may pass their own). */
    @FunctionalInterface
    public interface NoteSource {
        List<Note> notes(CaseStore store);
    }

    public static final NoteSource NO_NOTES = store -> List.of();

    private final NoteSource notes;
    private final ReportModelBuilder builder = new ReportModelBuilder();

    public ReportService() {
        this(NO_NOTES);
    }

    public ReportService(NoteSource notes) {
        this.notes = notes;
    }

    /** Reads the whole case, every body included. */
    public ReportInput read(CaseStore store) {
        return read(store, ReportOptions.defaults(), true);
    }

    /**
     * Reads what a report or export with these options prints: the chosen articles only, and their
     * bodies only {@code withBodies} (an appendix, a REFI-QDA project). Otherwise each body that a
     * citation points into is read once, one at a time, for where its paragraphs are, and let go.
     */
    public ReportInput read(CaseStore store, ReportOptions options, boolean withBodies) {
        String name = store.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<Article> articles = store.articles().allWithoutBodies().stream()
                .filter(a -> options.articleIds().isEmpty() || options.articleIds().contains(a.id())).toList();
        Set<Long> chosen = articles.stream().map(Article::id).collect(Collectors.toSet());
        List<Statement> statements = store.statements().all();
        List<Mention> mentions = store.entities().mentions();
        List<Event> events = store.events().all();
        Map<Long, Paragraphs> paragraphs = new HashMap<>();
        if (withBodies) {
            Map<Long, String> bodies = new HashMap<>();
            store.articles().forEachBody(chosen, bodies::put);
            articles = articles.stream().map(a -> a.withBody(bodies.getOrDefault(a.id(), ""))).toList();
        } else {
            Set<Long> cited = new HashSet<>();
            statements.forEach(s -> cited.add(s.articleId()));
            mentions.forEach(m -> cited.add(m.articleId()));
            events.forEach(e -> cited.add(e.articleId()));
            cited.retainAll(chosen);
            store.articles().forEachBody(cited, (id, body) -> paragraphs.put(id, Paragraphs.of(body)));
        }
        return new ReportInput(dot > 0 ? name.substring(0, dot) : name, articles, store.entities().all(), mentions, statements,
                events, store.statements().kinds(), notes.notes(store), paragraphs);
    }

    /** What an export dialog offers to choose from: the articles, the case's kinds, every speaker named. */
    public record Choices(List<ArticleSummary> articles, List<StatementKind> kinds, List<String> speakers) {
    }

    public Choices choices(CaseStore store) {
        Map<Long, Entity> entities = new HashMap<>();
        store.entities().all().forEach(e -> entities.put(e.id(), e));
        TreeSet<String> speakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        store.statements().all().forEach(s -> speakers.add(ReportModelBuilder.speakerName(s, entities)));
        return new Choices(store.articles().summaries(), store.statements().kinds(), List.copyOf(speakers));
    }

    public ReportModel model(CaseStore store, ReportOptions options) {
        return builder.build(readForReport(store, options), options);
    }

    /** What a report prints, each source's original hashed again so the report can say its SHA-256 still holds. */
    private ReportInput readForReport(CaseStore store, ReportOptions options) {
        ReportInput input = read(store, options, options.appendix());
        Map<Long, OriginalCheck> checked = new HashMap<>();
        for (Article a : input.articles()) {
            checked.put(a.id(), check(store, a));
        }
        return input.withOriginals(checked);
    }

    private static OriginalCheck check(CaseStore store, Article article) {
        byte[] original;
        try {
            original = store.articles().original(article.id());
        } catch (StoreException missing) {
            return OriginalCheck.MISSING;
        }
        return ContentHash.sha256(original).equalsIgnoreCase(article.contentHash()) ? OriginalCheck.VERIFIED : OriginalCheck.CHANGED;
    }

    /** Writes the PDF report to {@code target}; returns the model it was made from. */
    public ReportModel writePdf(CaseStore store, ReportOptions options, Path target, Progress progress) throws IOException {
        long started = System.nanoTime();
        progress.update(0, 5, "Reading the case");
        ReportInput input = readForReport(store, options);
        check(progress);
        progress.update(1, 5, "Arranging statements and sources");
        ReportModel model = builder.build(input, options);
        check(progress);
        progress.update(2, 5, "Composing the document");
        String xhtml = new ReportHtml(ReportHtml.Medium.PRINT).render(model);
        check(progress);
        AtomicFileWriter.write(target, out -> new PdfReportWriter().write(xhtml, out, progress));
        progress.update(5, 5, "Report written");
        Timings.log("PDF report " + target.getFileName(), started);
        return model;
    }

    /** Writes the same report as one self-contained HTML file (CSS inline). */
    public ReportModel writeHtml(CaseStore store, ReportOptions options, Path target, Progress progress) throws IOException {
        long started = System.nanoTime();
        progress.update(0, 3, "Reading the case");
        ReportModel model = builder.build(readForReport(store, options), options);
        check(progress);
        progress.update(1, 3, "Composing the document");
        byte[] html = html(model);
        check(progress);
        AtomicFileWriter.write(target, out -> out.write(html));
        progress.update(3, 3, "HTML written");
        Timings.log("HTML report " + target.getFileName(), started);
        return model;
    }

    public byte[] html(ReportModel model) {
        return ("<!DOCTYPE html>\n" + new ReportHtml(ReportHtml.Medium.SCREEN).render(model) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void check(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("report cancelled");
        }
    }

}
