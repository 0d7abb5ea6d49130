package org.onrecord.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
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
     * A number that changes whenever another connection (another process) commits to the case
     * file, and stays when this store writes; empty when it cannot be read right now (the writer
     * is busy) or the store cannot tell.
     */
    default OptionalLong dataVersion() {
        return OptionalLong.empty();
    }

    /**
     * From now on every write fails with {@code sentence} before it touches the file: a case found
     * damaged is read, never written, until it is restored.
     */
    void refuseWrites(String sentence);

    /**
     * True when the case was opened read-only because it cannot be written where it is (a CD, a
     * read-only share or folder, a read-only file): it is read as it is, nothing is created beside
     * it, and every write fails with one sentence.
     */
    default boolean isReadOnly() {
        return false;
    }

    @Override
    void close();
}
