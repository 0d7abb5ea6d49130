package org.onrecord.bench;

import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.service.ContentHash;
import org.onrecord.store.CaseStore;
import org.onrecord.store.NewArticle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Builds (once) a case of generated articles and times full-text queries against it. */
public final class SearchBenchmark {
    private SearchBenchmark() {
    }

    public static void run(AppServices services, int articles, int queries, Path workDir, PrintWriter out) throws IOException {
        Path caseFile = workDir.resolve("search-bench-" + articles + ".onrecord");
        if (!Files.exists(caseFile)) {
            out.printf("building a case of %d generated articles at %s%n", articles, caseFile);
            build(services, caseFile, articles);
        }
        SyntheticText text = new SyntheticText(7);
        try (CaseStore store = services.cases().open(caseFile)) {
            for (int i = 0; i < 20; i++) {
                services.search().search(store, text.word(), 50);
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                String query = switch (i % 3) {
                    case 0 -> text.word();
                    case 1 -> text.word() + " " + text.word();
                    default -> "\"" + text.headline().toLowerCase(Locale.ROOT).split(" ", 3)[1] + "\"";
                };
                long start = System.nanoTime();
                services.search().search(store, query, 50);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            out.printf(Locale.ROOT, "search over %d articles, %d queries (50 hits each): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    store.articles().count(), queries, millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                    millis.getLast());
        }
    }

    private static void build(AppServices services, Path caseFile, int articles) {
        SyntheticText text = new SyntheticText(11);
        try (CaseStore store = services.cases().create(caseFile)) {
            for (int i = 0; i < articles; i++) {
                StringBuilder body = new StringBuilder(text.headline()).append("\n\n");
                for (int p = 0; p < 8; p++) {
                    body.append(text.paragraph(4)).append("\n\n");
                }
                String b = body.toString();
                byte[] bytes = b.getBytes(StandardCharsets.UTF_8);
                store.articles().add(new NewArticle("generated-" + i + ".txt", ContentHash.sha256(bytes), "text/plain", "UTF-8",
                        bytes, b, 0, b.length(), new ArticleMetadata(b.substring(0, b.indexOf('\n')), "Elling Gazette",
                        null, null, null, "en"), ArticleMetadata.EMPTY));
            }
        }
    }
}
