package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.Entity;
import org.onrecord.model.Note;
import org.onrecord.model.StatementKind;
import org.onrecord.report.AtomicFileWriter;
import org.onrecord.report.PdfReportWriter;
import org.onrecord.report.ReportHtml;
import org.onrecord.report.ReportInput;
import org.onrecord.report.ReportModel;
import org.onrecord.report.ReportModelBuilder;
import org.onrecord.report.ReportOptions;
import org.onrecord.store.CaseStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

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

    /** Reads the case as a report or an exchange export needs it. */
    public ReportInput read(CaseStore store) {
        String name = store.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return new ReportInput(dot > 0 ? name.substring(0, dot) : name, store.articles().all(), store.entities().all(),
                store.entities().mentions(), store.statements().all(), store.events().all(), store.statements().kinds(),
                notes.notes(store));
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
        return builder.build(read(store), options);
    }

    /** Writes the PDF report to {@code target}; returns the model it was made from. */
    public ReportModel writePdf(CaseStore store, ReportOptions options, Path target, Progress progress) throws IOException {
        progress.update(0, 5, "Reading the case");
        ReportInput input = read(store);
        check(progress);
        progress.update(1, 5, "Arranging statements and sources");
        ReportModel model = builder.build(input, options);
        check(progress);
        progress.update(2, 5, "Composing the document");
        String xhtml = new ReportHtml(ReportHtml.Medium.PRINT).render(model);
        check(progress);
        AtomicFileWriter.write(target, out -> new PdfReportWriter().write(xhtml, out, progress));
        progress.update(5, 5, "Report written");
        return model;
    }

    /** Writes the same report as one self-contained HTML file (CSS inline). */
    public ReportModel writeHtml(CaseStore store, ReportOptions options, Path target, Progress progress) throws IOException {
        progress.update(0, 3, "Reading the case");
        ReportModel model = builder.build(read(store), options);
        check(progress);
        progress.update(1, 3, "Composing the document");
        byte[] html = html(model);
        check(progress);
        AtomicFileWriter.write(target, out -> out.write(html));
        progress.update(3, 3, "HTML written");
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
