package org.onrecord.suggest;

import org.onrecord.app.AppServices;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.Statement;
import org.onrecord.service.AnalysisService.Kind;
import org.onrecord.progress.Progress;
import org.onrecord.service.ImportOptions;
import org.onrecord.store.CaseStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * A real case file in a test's folder into which short texts written for the statement tests are
 * imported (published on Friday 5 December 2014) and analysed for entities and statements.
 */
final class AnalysedArticles implements AutoCloseable {
    private final Path dir;
    private final AppServices services = new AppServices();
    private final CaseStore store;

    AnalysedArticles(Path dir) {
        this.dir = dir;
        this.store = services.cases().create(dir.resolve("c.onrecord"));
    }

    CaseStore store() {
        return store;
    }

    AppServices services() {
        return services;
    }

    /** Imports {@code text} under a headline and returns every statement of the case after the analysis. */
    List<Statement> analyze(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("a" + store.articles().all().size() + ".txt"), "Harbour news\n\n" + text + "\n");
        var given = new ArticleMetadata(null, null, null, null, PublicationDate.day(LocalDate.of(2014, 12, 5)), null);
        services.importer().importPaths(store, List.of(file), ImportOptions.defaults().withGiven(given), Progress.NONE);
        services.analysis().analyze(store, List.of(), EnumSet.of(Kind.ENTITIES, Kind.STATEMENTS), Progress.NONE);
        return store.statements().all();
    }

    /** The first statement whose words hold {@code words}. */
    static Statement saying(List<Statement> all, String words) {
        return all.stream().filter(s -> s.span().text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with \"" + words + "\" in " + all.stream().map(s -> s.span().text()).toList()));
    }

    @Override
    public void close() {
        store.close();
        services.close();
    }
}
