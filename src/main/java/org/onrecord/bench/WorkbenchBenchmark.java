package org.onrecord.bench;

import org.onrecord.app.AppServices;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.OpenCase;
import org.onrecord.store.CaseStore;
import org.onrecord.ui.articles.ArticlesViewModel;
import org.onrecord.ui.common.ImmediateTaskRunner;
import org.onrecord.ui.entities.EntitiesViewModel;
import org.onrecord.ui.source.SourceViewModel;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;
import org.onrecord.ui.statements.StatementsViewModel;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times the workbench's interactions on a large generated case through the real view models (no
 * rendering): opening, filtering the statement table, searching, and a focus change across panes.
 */
public final class WorkbenchBenchmark {
    private WorkbenchBenchmark() {
    }

    /** The generated case of that size, built once and kept in {@code workDir} for the next run. */
    static Path generatedCase(AppServices services, int articles, int statements, Path workDir, PrintWriter out) throws IOException {
        Path caseFile = workDir.resolve("workbench-bench-" + articles + "-" + statements + ".onrecord");
        if (!Files.exists(caseFile)) {
            Files.createDirectories(workDir);
            out.printf("building a case of %d articles and %d statements at %s%n", articles, statements, caseFile);
            out.flush();
            try (CaseStore store = services.cases().create(caseFile)) {
                GeneratedCase.build(store, articles, statements, 2000);
            }
        }
        return caseFile;
    }

    public static void run(AppServices services, int articles, int statements, Path workDir, PrintWriter out) throws IOException {
        Path caseFile = generatedCase(services, articles, statements, workDir, out);
        long t0 = System.nanoTime();
        long cpu0 = WindowBenchmark.processCpuNanos();
        OpenCase session = services.cases().openCase(caseFile);
        WorkbenchState state = new WorkbenchState();
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        Supplier<OpenCase> current = () -> session;
        new ArticlesViewModel(state, tasks, current);
        new EntitiesViewModel(state);
        StatementsViewModel table = new StatementsViewModel(state);
        new SourceViewModel(state, tasks, session::article);
        long r0 = System.nanoTime();
        long readCpu0 = WindowBenchmark.processCpuNanos();
        // as the window opens a case: everything but the assumed "said on" marks, which follow in the background
        CaseSnapshot snapshot = session.snapshotBeforeSaidOn();
        double readMs = (System.nanoTime() - r0) / 1e6;
        double readCpu = (WindowBenchmark.processCpuNanos() - readCpu0) / 1e6;
        state.reset(snapshot);
        state.selectArticle(snapshot.articles().getFirst().id(), PaneId.ARTICLES);
        double openMs = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "open: %d articles, %d statements, %d mentions, %d events in %.0f ms, process CPU %.0f ms "
                        + "(file to all panes filled; the case read alone %.0f ms, CPU %.0f ms)%n",
                snapshot.articles().size(), snapshot.statements().size(), snapshot.mentions().size(), snapshot.events().size(), openMs,
                (WindowBenchmark.processCpuNanos() - cpu0) / 1e6, readMs, readCpu);
        long s0 = System.nanoTime();
        long saidCpu0 = WindowBenchmark.processCpuNanos();
        long sentences0 = services.reader().saidOnSentencesRead();
        var assumed = session.assumedSaidOn(snapshot);
        state.replaceSnapshot(state.snapshot().withAssumedSaidOnFrom(snapshot, assumed));
        snapshot = state.snapshot();
        out.printf(Locale.ROOT, "then in the background: %d assumed \"said on\" days found and shown in %.0f ms, process CPU %.0f ms "
                        + "(%d sentences read; the other answers were kept in the case)%n",
                assumed.size(), (System.nanoTime() - s0) / 1e6, (WindowBenchmark.processCpuNanos() - saidCpu0) / 1e6,
                services.reader().saidOnSentencesRead() - sentences0);

        Random random = new Random(1);
        String[] filters = {"harbour", "denied", "quay", "strike", "audit", "ferry", "budget", "memo"};
        List<Double> filter = timed(40, i -> {
            table.textFilterProperty().set(filters[i % filters.length]);
            table.textFilterProperty().set("");
        });
        report(out, "filter the statement table (set + clear a text filter)", filter);
        List<Double> kinds = timed(40, i -> {
            table.shownKinds().remove("denial");
            table.shownKinds().add("denial");
        });
        report(out, "filter the statement table by kind (hide + show one kind)", kinds);
        SyntheticText words = new SyntheticText(9);
        List<Double> search = timed(100, i -> session.search(words.word() + (i % 2 == 0 ? "" : " " + words.word()), 100));
        report(out, "full-text search (100 hits with snippets)", search);
        var ids = snapshot.statements();
        var entities = snapshot.entities();
        var events = snapshot.events();
        List<Double> focus = timed(200, i -> {
            switch (i % 3) {
                case 0 -> state.focus(new Focus.OnStatement(ids.get(random.nextInt(ids.size())).id()), PaneId.STATEMENTS);
                case 1 -> state.focus(new Focus.OnEntity(entities.get(random.nextInt(entities.size())).id()), PaneId.ENTITIES);
                default -> state.focus(new Focus.OnEvent(events.get(random.nextInt(events.size())).id()), PaneId.TIMELINE);
            }
        });
        report(out, "focus change across all panes (statement / entity / event, article switch included)", focus);
        // An edit as the window makes it: saved through the history, its rows applied to every pane's view model.
        session.onEdit(state::applyDelta);
        List<String> kindCodes = snapshot.kinds().stream().map(k -> k.code()).toList();
        List<Double> edit = timed(40, i -> {
            long id = ids.get(random.nextInt(ids.size())).id();
            String kind = state.snapshot().statement(id).orElseThrow().kind();
            session.edits().changeKind(id, kindCodes.get((kindCodes.indexOf(kind) + 1) % kindCodes.size()));
        });
        report(out, "an edit: a statement's kind (saved, its rows applied to the view models)", edit);
        out.printf(Locale.ROOT, "whole-case reads: %d (the one on opening)%n", session.wholeCaseReads());
        session.close();
    }

    interface Step {
        void run(int i);
    }

    /** Process CPU per run of the last {@link #timed} call (the whole process: steadier than wall time on a busy machine). */
    private static double lastCpuPerRun;

    static List<Double> timed(int count, Step step) {
        for (int i = 0; i < 5; i++) {
            step.run(i);
        }
        List<Double> ms = new ArrayList<>();
        long cpu = WindowBenchmark.processCpuNanos();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            step.run(i);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        lastCpuPerRun = (WindowBenchmark.processCpuNanos() - cpu) / 1e6 / count;
        Collections.sort(ms);
        return ms;
    }

    static void report(PrintWriter out, String what, List<Double> ms) {
        out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs; process CPU %.1f ms a run)%n", what,
                ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.getLast(), ms.size(), lastCpuPerRun);
        out.flush();
    }
}
