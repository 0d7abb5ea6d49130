package org.onrecord.suggest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * The one language pipeline of the process, built once, lazily, on its own background thread the
 * first time anyone asks (the models take seconds to load and ~600 MB of heap). Every caller —
 * command line, window, tests — shares it.
 */
public final class NlpEngine {
    private static final NlpEngine SHARED = new NlpEngine();

    private final CopyOnWriteArrayList<BiConsumer<Integer, String>> listeners = new CopyOnWriteArrayList<>();
    private volatile int step;
    private volatile String stepName = "Loading the language models";
    private CompletableFuture<NlpPipeline> loading;
    private volatile long loadMillis = -1;

    public static NlpEngine shared() {
        return SHARED;
    }

    /** Starts loading in the background if nobody has yet. */
    public synchronized CompletableFuture<NlpPipeline> start() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            Thread loader = new Thread(this::load, "onrecord-nlp-loader");
            loader.setDaemon(true);
            loader.start();
        }
        return loading;
    }

    private void load() {
        long began = System.nanoTime();
        try {
            NlpPipeline pipeline = NlpPipeline.load((done, name) -> {
                step = done;
                stepName = name;
                listeners.forEach(l -> l.accept(done, name));
            });
            loadMillis = (System.nanoTime() - began) / 1_000_000;
            loading.complete(pipeline);
        } catch (Throwable e) {
            loading.completeExceptionally(e);
        }
    }

    /**
     * The pipeline, waiting for it to load if needed; {@code progress} hears the loading steps
     * (step done, of {@link NlpPipeline#steps()}, with its name) while it waits.
     */
    public NlpPipeline await(BiConsumer<Integer, String> progress) throws InterruptedException {
        CompletableFuture<NlpPipeline> future = start();
        if (!future.isDone()) {
            listeners.add(progress);
            progress.accept(step, stepName);
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
                throw new IllegalStateException("there is not enough memory to load the language models (this run may use "
                        + mb + " MB, they need about 1,500 MB): start Onrecord with ONRECORD_JAVA_OPTS=-Xmx1536m or more", e.getCause());
            }
            throw new IllegalStateException("the language models could not be loaded: " + e.getCause(), e.getCause());
        } finally {
            listeners.remove(progress);
        }
    }

    public boolean isLoaded() {
        CompletableFuture<NlpPipeline> f;
        synchronized (this) {
            f = loading;
        }
        return f != null && f.isDone() && !f.isCompletedExceptionally();
    }

    /** How long loading took, or -1 while not loaded. */
    public long loadMillis() {
        return loadMillis;
    }
}
