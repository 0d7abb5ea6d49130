package org.onrecord.suggest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Statement;
import org.onrecord.store.CaseStore;

import java.nio.file.Path;
import java.util.List;

/** The statement service tests' common ground: a fresh {@link AnalysedArticles} case per test, closed after it. */
abstract class AnalysedArticlesTest {
    @TempDir
    Path dir;
    AnalysedArticles articles;
    CaseStore store;

    @BeforeEach
    void openCase() {
        articles = new AnalysedArticles(dir);
        store = articles.store();
    }

    @AfterEach
    void closeCase() {
        articles.close();
    }

    /** Imports {@code text} and returns every statement of the case after the analysis. */
    List<Statement> analyze(String text) throws Exception {
        return articles.analyze(text);
    }
}
