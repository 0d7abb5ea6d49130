package org.onrecord.service;

import org.onrecord.progress.Progress;
import org.onrecord.ingest.ArticleReader;
import org.onrecord.ingest.ExtractedArticle;
import org.onrecord.ingest.ExtractedFile;
import org.onrecord.ingest.ImportProblem;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;
import org.onrecord.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Pours files and folders into a case. Reading and extraction run in parallel; storing runs in
 * file order on the one writer, one transaction per article, so a failed file leaves nothing.
 */
public final class ImportService {
    private final ArticleReader reader;
    private final Executor extractionPool;
    private final int parallelism;

    private static final System.Logger LOG = System.getLogger(ImportService.class.getName());

    public ImportService(ArticleReader reader, Executor extractionPool, int parallelism) {
        this.reader = reader;
        this.extractionPool = extractionPool;
        this.parallelism = Math.max(1, parallelism);
    }

    public ImportReport importPaths(CaseStore store, List<Path> paths, ImportOptions options, Progress progress) {
        long started = System.nanoTime();
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            new SourceFiles(reader).collect(path, files, outcomes);
        }
        Set<String> hashesThisRun = new HashSet<>();
        Deque<CompletableFuture<Prepared>> window = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        boolean cancelled = false;
        while (done < files.size()) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            while (next < files.size() && window.size() < parallelism * 2) {
                Path file = files.get(next++);
                window.add(CompletableFuture.supplyAsync(() -> prepare(store, file, options), extractionPool));
            }
            Prepared prepared = await(window.removeFirst());
            if (prepared.outOfMemory() && !window.isEmpty()) {
                // The files read beside it may have taken the memory it lacked: try it once alone.
                window.forEach(ImportService::await);
                prepared = prepare(store, prepared.file(), options);
            }
            outcomes.add(store(store, prepared, options, hashesThisRun));
            done++;
            progress.update(done, files.size(), prepared.file().getFileName().toString());
        }
        window.forEach(f -> f.cancel(false));
        ImportReport report = new ImportReport(outcomes, cancelled);
        logFailures(report);
        Timings.log("import of " + files.size() + " files (" + report.summary() + ")", started);
        return report;
    }

    private static void logFailures(ImportReport report) {
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() == ImportOutcome.Status.FAILED) {
                LOG.log(System.Logger.Level.WARNING, "import of " + o.file() + " failed: " + o.message());
            }
        }
    }

    private Prepared prepare(CaseStore store, Path file, ImportOptions options) {
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return Prepared.failed(file, "larger than the import limit of " + megabytes(options.maxFileBytes())
                        + " (" + megabytes(size) + ")");
            }
            byte[] bytes = Files.readAllBytes(file);
            String hash = ContentHash.sha256(bytes);
            Optional<Long> existing = store.articles().findIdByHash(hash);
            if (existing.isPresent()) {
                return Prepared.duplicate(file, hash, existing.get());
            }
            ExtractedFile extracted = options.readTimeLimit().read(reader, file.getFileName().toString(), bytes);
            return Prepared.ready(file, hash, bytes, extracted);
        } catch (ImportProblem problem) {
            return Prepared.failed(file, problem.getMessage());
        } catch (IOException e) {
            return Prepared.failed(file, "cannot be read (" + describe(e) + ")");
        } catch (OutOfMemoryError e) {
            // One file's failure never stops the others: its bytes and text are unreachable once
            // this frame is left, and the heap is there again for the next file.
            return Prepared.outOfMemory(file);
        } catch (StackOverflowError e) {
            return Prepared.failed(file, "nested too deeply to read; skipped");
        } catch (RuntimeException | Error e) {
            // An extractor bug must cost one file, not the whole import.
            return Prepared.failed(file, "could not be read as an article (" + describe(e) + ")");
        }
    }

    private ImportOutcome store(CaseStore store, Prepared p, ImportOptions options, Set<String> hashesThisRun) {
        if (p.failure() != null) {
            return ImportOutcome.failed(p.file(), p.failure());
        }
        if (p.existingId() > 0) {
            return ImportOutcome.skipped(p.file(), p.existingId());
        }
        if (!hashesThisRun.add(p.hash())) {
            return ImportOutcome.skipped(p.file(), store.articles().findIdByHash(p.hash()).orElse(-1L));
        }
        ExtractedArticle article = p.extracted().article();
        NewArticle row = new NewArticle(p.file().getFileName().toString(), p.hash(), p.extracted().mediaType(),
                p.extracted().charset(), p.bytes(), article.body(), article.bodyStart(), article.bodyEnd(), article.detected(),
                options.given());
        try {
            // Checked again inside the write transaction: another process importing the same file
            // at the same time may have stored it since it was read.
            long[] existing = {-1};
            long id = store.transaction(() -> {
                existing[0] = store.articles().findIdByHash(p.hash()).orElse(-1L);
                return existing[0] > 0 ? existing[0] : store.articles().add(row);
            });
            if (existing[0] > 0) {
                return ImportOutcome.skipped(p.file(), existing[0]);
            }
            String title = article.detected().overriddenBy(options.given()).title();
            return ImportOutcome.imported(p.file(), id, title, p.extracted().warning());
        } catch (StoreException e) {
            return ImportOutcome.failed(p.file(), "not imported: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return ImportOutcome.failed(p.file(), TOO_LARGE);
        }
    }

    private static Prepared await(CompletableFuture<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static final String TOO_LARGE = "too large to read with the memory available; skipped"
            + " (import it on its own, or give Onrecord more memory with java -Xmx)";

    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return message == null ? kind : message;
    }

    private record Prepared(Path file, String hash, byte[] bytes, ExtractedFile extracted, long existingId, String failure,
                            boolean outOfMemory) {
        static Prepared ready(Path file, String hash, byte[] bytes, ExtractedFile extracted) {
            return new Prepared(file, hash, bytes, extracted, 0, null, false);
        }

        static Prepared duplicate(Path file, String hash, long existingId) {
            return new Prepared(file, hash, null, null, existingId, null, false);
        }

        static Prepared failed(Path file, String reason) {
            return new Prepared(file, null, null, null, 0, reason, false);
        }

        static Prepared outOfMemory(Path file) {
            return new Prepared(file, null, null, null, 0, TOO_LARGE, true);
        }
    }
}
