package org.onrecord.store;

import java.nio.file.Path;

/** One open case file and its repositories. All writes go through one writer. */
public interface CaseStore extends AutoCloseable {
    Path path();

    ArticleRepository articles();

    EntityRepository entities();

    StatementRepository statements();

    EventRepository events();

    SearchIndex searchIndex();

    @Override
    void close();
}
