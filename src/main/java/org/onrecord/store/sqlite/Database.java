package org.onrecord.store.sqlite;

import org.onrecord.store.StoreException;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    /** How deep the writer thread is in nested {@link #write} calls; only the outermost commits. */
    private int depth;

    Database(Path file) throws SQLException {
        this.file = file;
        this.writer = connect(file, false);
        this.writer.setAutoCommit(false);
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
        config.setBusyTimeout(10_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setReadOnly(readOnly);
        return config.createConnection(url(file));
    }

    /**
     * Runs {@code work} as one transaction on the writer; rolls back on any failure. Nested calls on
     * the same thread join the outer transaction, so several repository calls can form one edit.
     */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            if (depth > 0) {
                try {
                    return work.run(writer);
                } catch (SQLException e) {
                    throw translate(e);
                }
            }
            depth++;
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw translate(e);
            } finally {
                depth--;
            }
        } finally {
            writeLock.unlock();
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
            if (depth > 0) {
                return OptionalLong.empty();
            }
            try {
                long version;
                try (var st = writer.createStatement(); var rs = st.executeQuery("PRAGMA data_version")) {
                    version = rs.next() ? rs.getLong(1) : 0;
                }
                // Ends the read the pragma began, once its statement is closed (an open one would keep
                // the read, and the writer would go on seeing the file as it was).
                writer.commit();
                return OptionalLong.of(version);
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw translate(e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly(Exception failure) {
        try {
            writer.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private RuntimeException translate(Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (e instanceof RuntimeException re && !(e.getCause() instanceof SQLException)) {
            return re;
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("malformed") || message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return new StoreException(file + ": the case file is damaged (" + message + ")", e);
        }
        if (message.contains("SQLITE_FULL")) {
            return new StoreException(file + ": the disk is full; nothing of this change was saved", e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(file + ": the case file is read-only", e);
        }
        return new StoreException(file.getFileName() + ": " + message, e);
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            for (Connection reader : allReaders) {
                closeQuietly(reader);
            }
            try {
                // Folds the WAL back into the file so a closed case is one self-contained file.
                writer.setAutoCommit(true);
                try (var st = writer.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            } catch (SQLException ignored) {
                // Best effort: SQLite replays the WAL on the next open anyway.
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing left to save on a connection being closed.
        }
    }
}
