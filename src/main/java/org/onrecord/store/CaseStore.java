package org.onrecord.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** One open case file and its repositories. All writes go through one writer. */
public interface CaseStore extends AutoCloseable {
    Path path();

    ArticleRepository articles();

    EntityRepository entities();

    StatementRepository statements();

    EventRepository events();

    SearchIndex searchIndex();

    NoteRepository notes();

    /** A setting of this case (stored in the case file), or empty when never set. */
    Optional<String> setting(String key);

    void putSetting(String key, String value);

    /**
     * Runs {@code work} as one transaction on the single writer: every repository write inside it
     * commits together or not at all, and reads inside it see its own writes.
     */
    <T> T transaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * From now on every write fails with {@code sentence} before it touches the file: a case found
     * damaged is read, never written, until it is restored.
     */
    void refuseWrites(String sentence);

    @Override
    void close();
}
