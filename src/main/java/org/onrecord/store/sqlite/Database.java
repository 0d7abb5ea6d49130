package org.onrecord.store.sqlite;

import org.onrecord.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Connections to one case file: a single writer (SQLite allows one at a time, and one lock here
 * avoids SQLITE_BUSY between our own threads) and a few readers that WAL lets run beside it.
 */
final class Database implements AutoCloseable {
    private static final int READERS = 3;
    /** How long a write waits for another process's write to finish before saying who holds the case. */
    static final int BUSY_TIMEOUT_MILLIS = Integer.getInteger("onrecord.busyTimeoutMillis", 30_000);

    private final Path file;
    private Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    /** How deep the writer thread is in nested {@link #write} calls; only the outermost commits. */
    private int depth;
    /** Set when the case must not be written (found damaged): every write fails with this sentence. */
    private volatile String refusal;
    /** A failure inside a nested {@link #write}: the outer transaction rolls back instead of committing. */
    private RuntimeException failedInside;

    Database(Path file) throws SQLException {
        this(file, null);
    }

    /**
     * With {@code readOnlyReason}, the case is only read: no writer connection, every write fails
     * with that sentence, and nothing is created beside the file ({@link ReadOnlyPlace}).
     */
    Database(Path file, String readOnlyReason) throws SQLException {
        this.file = file;
        this.refusal = readOnlyReason;
        // Autocommit at the JDBC level: write() says BEGIN IMMEDIATE, COMMIT and ROLLBACK itself.
        this.writer = readOnlyReason == null ? connect(file, false) : null;
        for (int i = 0; i < READERS; i++) {
            Connection reader = connect(file, true);
            allReaders.add(reader);
            readers.add(reader);
        }
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setReadOnly(readOnly);
        if (readOnly && ReadOnlyPlace.isReadOnly(file)) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return config.createConnection(ReadOnlyPlace.url(file));
        }
        return config.createConnection(url(file));
    }

    /**
     * Runs {@code work} as one transaction on the writer; rolls back on any failure. Nested calls on
     * the same thread join the outer transaction, so several repository calls can form one edit.
     *
     * <p>The transaction starts as {@code BEGIN IMMEDIATE}: it takes the case's write lock before
     * reading, waiting (busy timeout) while another process writes. A deferred one that reads and
     * then writes cannot wait: if the other writer commits meanwhile its snapshot is stale and
     * SQLite fails at once with "database is locked".
     */
    <T> T write(SqlWork<T> work) {
        String refused = refusal;
        if (refused != null) {
            throw new StoreException(refused);
        }
        writeLock.lock();
        try {
            if (depth > 0) {
                try {
                    return work.run(writer);
                } catch (SQLException | RuntimeException e) {
                    // The outer transaction must not commit around a failed part, even if its caller goes on.
                    failedInside = translate(e);
                    throw failedInside;
                }
            }
            depth++;
            failedInside = null;
            try {
                execute("BEGIN IMMEDIATE");
                T result = work.run(writer);
                if (failedInside != null) {
                    throw failedInside;
                }
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                restoreClean(e);
                throw translate(e);
            } finally {
                depth--;
                failedInside = null;
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** From now on every write fails with {@code sentence}, before it touches the file. */
    void refuseWrites(String sentence) {
        refusal = sentence;
    }

    private void execute(String sql) throws SQLException {
        if (writer == null) {
            throw new StoreException(file + ": the connection to the case was lost after an earlier failure; close the case and open it again.");
        }
        try (Statement st = writer.createStatement()) {
            st.execute(sql);
        }
    }

    <T> T read(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread() && depth > 0) {
            // Inside a transaction: read what it has written so far.
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read " + file.getFileName(), e);
        }
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            readers.add(reader);
        }
    }

    /**
     * SQLite's {@code PRAGMA data_version} on the writer: it moves when another connection (another
     * process) commits and stays when the writer commits. Empty while the writer is in use, so a
     * poll never waits behind an import.
     */
    OptionalLong dataVersion() {
        if (!writeLock.tryLock()) {
            return OptionalLong.empty();
        }
        try {
            if (depth > 0 || writer == null) {
                return OptionalLong.empty();
            }
            // Between transactions the writer is in autocommit: the pragma's read ends when its
            // statement is closed (left open, the writer would go on seeing the file as it was).
            try (Statement st = writer.createStatement(); var rs = st.executeQuery("PRAGMA data_version")) {
                return OptionalLong.of(rs.next() ? rs.getLong(1) : 0);
            } catch (SQLException e) {
                throw translate(e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Leaves the writer known clean after a failed transaction. SQLite ends a transaction by itself
     * on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM), so our ROLLBACK may find none; the
     * BEGIN that follows proves none is left open (it fails inside one). A writer that cannot be
     * proven clean is replaced, so the next transaction never runs statement by statement.
     */
    private void restoreClean(Exception failure) {
        if (writer == null) {
            return;
        }
        try (Statement st = writer.createStatement()) {
            try {
                st.execute("ROLLBACK");
            } catch (SQLException noTransaction) {
                // SQLite rolled it back itself.
            }
            st.execute("BEGIN");
            st.execute("ROLLBACK");
        } catch (SQLException stillOpen) {
            failure.addSuppressed(stillOpen);
            replaceWriter(failure);
        }
    }

    private void replaceWriter(Exception failure) {
        closeQuietly(writer);
        writer = null;
        try {
            writer = connect(file, false);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private RuntimeException translate(Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (e instanceof RuntimeException re && !(e.getCause() instanceof SQLException)) {
            return re;
        }
        return SqliteTrouble.explain(file, e, "save to");
    }

    /**
     * Closes the case, first folding the write-ahead log back into the file (a TRUNCATE checkpoint)
     * so the closed {@code .onrecord} file alone is the whole case. When that fails (a full disk) the
     * changes are safe in the {@code -wal} file beside it, and the researcher is told so.
     */
    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection reader : allReaders) {
                closeQuietly(reader);
            }
            Checkpoint checkpoint = writer == null ? Checkpoint.DONE : Checkpoint.truncate(writer);
            closeQuietly(writer);
            checkpoint.reportFor(file);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing left to save on a connection being closed.
        }
    }
}
