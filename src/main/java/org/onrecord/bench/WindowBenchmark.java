package org.onrecord.bench;

import com.sun.management.OperatingSystemMXBean;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.onrecord.app.AppServices;
import org.onrecord.model.Note;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.MainWindow;
import org.onrecord.ui.common.FxTaskRunner;
import org.onrecord.ui.common.MemoryUiPreferences;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Times the real workbench window on a large generated case, with rendering. A step is timed from
 * the call that makes it (a focus, an edit) until the window shows its outcome: the pulses that
 * follow have run (CSS, layout, the scene handed to the renderer) and the renderer has finished
 * painting the last of them, with no background task left. The benchmark paints nothing of its
 * own: it asks for pulses and sees them through a post-layout pulse listener; a 1×1 pixel changed
 * there makes each pulse wait for the renderer to finish the frame before it (see {@link #settle}).
 * The cost of a frame is printed beside the figures: a window with nothing to do, settled the same
 * way (the floor under every figure), and a whole-window repaint ({@link Scene#snapshot}, the
 * measure earlier versions used, which alone can cost more than 100 ms on the software pipeline
 * and made the next pulse repaint the whole window).
 * Run it on the headless Glass platform ({@code -Dglass.platform=Headless -Dprism.order=sw}) or
 * under Xvfb.
 */
public final class WindowBenchmark {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 900;
    /** The two shades of the 1×1 pixel that makes every pulse wait for the frame before it. */
    private static final Color BARRIER_A = Color.rgb(128, 128, 128, 0.02);
    private static final Color BARRIER_B = Color.rgb(128, 128, 128, 0.03);

    private final PrintWriter out;
    private FxTaskRunner tasks;
    private MainWindow window;
    private final Rectangle renderBarrier = new Rectangle(1, 1, BARRIER_A);
    /** When the last step's outcome was shown: wall clock and process CPU (nanoseconds). */
    private volatile long shown;
    private volatile long shownCpu;

    private WindowBenchmark(PrintWriter out) {
        this.out = out;
    }

    public static void run(AppServices services, int articles, int statements, int samples, Path workDir, PrintWriter out)
            throws Exception {
        Path caseFile = WorkbenchBenchmark.generatedCase(services, articles, statements, workDir, out);
        new WindowBenchmark(out).measure(services, caseFile, samples, workDir);
    }

    private void measure(AppServices services, Path caseFile, int samples, Path workDir) throws Exception {
        Platform.setImplicitExit(false);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Path data = Files.createDirectories(workDir.resolve("window-data"));
        onFx(() -> {
            MemoryUiPreferences preferences = new MemoryUiPreferences();
            preferences.putDouble("window.width", WIDTH);
            preferences.putDouble("window.height", HEIGHT);
            Stage stage = new Stage();
            tasks = new FxTaskRunner(services.workers());
            window = new MainWindow(stage, services, tasks, preferences, data);
            stage.setScene(window.scene());
            stage.show();
            return null;
        });
        settle();
        frameCost("an empty window");

        long openCpu = processCpuNanos();
        long openStart = System.nanoTime();
        onFx(() -> {
            window.actions().open(caseFile);
            return null;
        });
        while (!onFx(() -> window.actions().session() != null && !window.state().snapshot().isEmpty())) {
            Thread.sleep(2);
        }
        double openMs = (settle() - openStart) / 1e6;
        CaseSnapshot snapshot = onFx(() -> window.state().snapshot());
        out.printf(Locale.ROOT, "[%s] open to settled: %d articles, %d statements, %d events in %.0f ms (process CPU %.0f ms); %s%n",
                LocalTime.now().truncatedTo(ChronoUnit.MILLIS), snapshot.articles().size(), snapshot.statements().size(),
                snapshot.events().size(), openMs,
                (shownCpu - openCpu) / 1e6, memory());
        out.flush();

        Random random = new Random(1);
        focus("focus a statement", samples, () -> new Focus.OnStatement(
                snapshot.statements().get(random.nextInt(snapshot.statements().size())).id()), PaneId.STATEMENTS);
        focus("focus an entity", samples, () -> new Focus.OnEntity(
                snapshot.entities().get(random.nextInt(snapshot.entities().size())).id()), PaneId.ENTITIES);
        focus("focus an event", samples, () -> new Focus.OnEvent(
                snapshot.events().get(random.nextInt(snapshot.events().size())).id()), PaneId.TIMELINE);
        report(out, "select an article (list → source, details, marks)", sampled(samples, i -> {
            long id = snapshot.articles().get(random.nextInt(snapshot.articles().size())).id();
            run(() -> onFx(() -> {
                window.state().selectArticle(id, PaneId.ARTICLES);
                return null;
            }));
        }));
        long firstArticle = snapshot.articles().getFirst().id();
        report(out, "an edit (add a note; saved, every pane updated)",
                sampled(Math.max(3, samples / 4), i -> run(() -> {
                    window.actions().commands().addNote(Note.NoteTarget.ARTICLE, firstArticle, "bench note " + i);
                    return null;
                })));
        List<String> kinds = snapshot.kinds().stream().map(StatementKind::code).toList();
        report(out, "an edit (change a statement's kind in the table; saved, every pane updated)",
                sampled(Math.max(3, samples / 2), i -> {
                    Statement s = snapshot.statements().get(random.nextInt(snapshot.statements().size()));
                    Statement seen = onFxQuietly(() -> window.state().snapshot().statement(s.id()).orElseThrow());
                    String other = kinds.get((kinds.indexOf(seen.kind()) + 1) % kinds.size());
                    run(() -> {
                        window.actions().commands().changeKind(seen, other);
                        return null;
                    });
                }));
        report(out, "undo the last edit (every pane updated)", sampled(Math.max(3, samples / 4), i -> run(() -> {
            window.actions().commands().undo();
            return null;
        })));
        frameCost("the case shown");
        out.printf(Locale.ROOT, "after the interactions: %s%n", memory());
        out.flush();
        onFx(() -> {
            window.actions().close();
            window.stage().close();
            return null;
        });
        Platform.exit();
    }

    private static <T> T onFxQuietly(Callable<T> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void focus(String what, int samples, Supplier<Focus> next, PaneId from) {
        report(out, what + " (every pane follows, rendered)", sampled(samples, i -> {
            Focus focus = next.get();
            run(() -> onFx(() -> {
                window.state().focus(focus, from);
                return null;
            }));
        }));
    }

    /** Runs one step, waits until the window has settled after it and returns when its outcome was shown (nanoTime). */
    private long run(Callable<?> step) {
        try {
            step.call();
            return settle();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void frameCost(String what) throws Exception {
        List<Double> pulses = new ArrayList<>();
        List<Double> repaints = new ArrayList<>();
        renderedPulse();
        for (int i = 0; i < 5; i++) {
            pulses.add(unchangedPulse());
        }
        // after a snapshot the next pulse repaints the whole window: snapshots last, and one pulse to absorb that
        for (int i = 0; i < 5; i++) {
            repaints.add(fullRepaint());
        }
        renderedPulse();
        Collections.sort(pulses);
        Collections.sort(repaints);
        out.printf(Locale.ROOT, "[%s] the cost of a frame (%s): nothing to do, settled as after a step %.1f ms (the floor of every "
                        + "figure below); the whole window repainted (Scene.snapshot, not part of any figure) %.1f ms%n",
                LocalTime.now().truncatedTo(ChronoUnit.MILLIS), what, pulses.get(2), repaints.get(2));
        out.flush();
    }

    /**
     * Waits until the window shows what the last step did. A pulse is asked for again and again;
     * each one that starts with no background task left (a task's result arrives through
     * {@code Platform.runLater}) counts as quiet. After three quiet pulses in a row everything the
     * step left for the FX thread has been laid out (in the first, or in the second when the first
     * queued more work) and painted: each pulse waits for the renderer to finish the frame before
     * it (see {@link #renderedPulse}). The step is timed to the end of the third; a window with
     * nothing to do costs that much too, printed as the floor under every figure.
     */
    private long settle() throws Exception {
        int quiet = 0;
        while (quiet < 3) {
            quiet = renderedPulse() ? quiet + 1 : 0;
        }
        shown = System.nanoTime();
        shownCpu = processCpuNanos();
        return shown;
    }

    /**
     * Asks for the next pulse and waits until it has run; says whether no background task was
     * left when it was asked for. The pulse waits for the renderer to finish the frame of the
     * pulse before it: JavaFX does that before handing over a scene that changed, and a 1×1
     * pixel in a corner of the window, changed from a post-layout pulse listener, makes sure the
     * scene changed. The benchmark paints nothing of its own.
     */
    private boolean renderedPulse() throws Exception {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        boolean idle = onFx(() -> {
            Scene scene = window.stage().getScene();
            if (renderBarrier.getParent() == null && scene.getRoot() instanceof Pane root) {
                renderBarrier.setManaged(false);
                renderBarrier.setMouseTransparent(true);
                root.getChildren().add(renderBarrier);
            }
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                renderBarrier.setFill(renderBarrier.getFill() == BARRIER_A ? BARRIER_B : BARRIER_A);
                Platform.runLater(() -> pulsed.complete(null));
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return tasks.unfinished() == 0 && tasks.running().isEmpty();
        });
        pulsed.get();
        return idle;
    }

    /** The whole window painted again ({@link Scene#snapshot}): the cost of a full frame, printed beside the figures. */
    private double fullRepaint() throws Exception {
        return timed(() -> onFx(() -> window.stage().getScene().snapshot(null)));
    }

    /** A window with nothing to do, settled as after a step: the floor under every figure. */
    private double unchangedPulse() throws Exception {
        return timed(this::settle);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static double timed(Action action) throws Exception {
        long t = System.nanoTime();
        action.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
        }
    }

    /** Peak resident set (VmHWM, Linux) and the heap in use after a collection. */
    static String memory() {
        String rss = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    rss = String.format(Locale.ROOT, "%.0f MiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            rss = "unknown";
        }
        System.gc();
        long used = 0;
        long peak = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return String.format(Locale.ROOT, "peak RSS %s, heap in use %d MiB (peak %d MiB, max %d MiB)", rss, used >> 20, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /**
     * One warm-up, then {@code count} timed runs, each from its start to its outcome shown (see
     * {@link #settle}): wall time, and CPU time of the whole process (steadier on a busy machine).
     */
    private Samples sampled(int count, WorkbenchBenchmark.Step step) {
        step.run(-1);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            step.run(i);
            wall.add((shown - t) / 1e6);
            cpu.add((shownCpu - c) / 1e6);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        return new Samples(wall, cpu);
    }

    private record Samples(List<Double> wall, List<Double> cpu) {
    }

    private static void report(PrintWriter out, String what, Samples samples) {
        List<Double> ms = samples.wall();
        out.printf(Locale.ROOT, "[%s] %s: shown after median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs); process CPU median %.1f ms, p95 %.1f ms%n",
                LocalTime.now().truncatedTo(ChronoUnit.MILLIS), what, ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), ms.getLast(), ms.size(),
                samples.cpu().get(ms.size() / 2), samples.cpu().get((int) (ms.size() * 0.95)));
        out.flush();
    }

    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
