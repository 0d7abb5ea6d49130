package org.onrecord.store.sqlite;

import org.onrecord.store.CaseCounts;
import org.onrecord.store.CaseFiles;
import org.onrecord.store.CaseHealth;
import org.onrecord.store.StoreException;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link CaseFiles} with SQLite's own tools: {@code PRAGMA quick_check} and the online backup API. */
public final class SqliteCaseFiles implements CaseFiles {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** How many findings the check lists at most: enough to say what is wrong, not a page per row. */
    private static final int MAX_FINDINGS = 20;
    /** Virtual-machine steps between looks at the clock during the check. */
    private static final int STEPS_BETWEEN_CLOCK_LOOKS = 1_000;
    /** The backup API waits this long, this many times, while another connection holds the lock. */
    private static final int BUSY_SLEEP_MILLIS = 100;
    private static final int BUSY_RETRIES = 300;
    /** Copy every page in one step, so the copy is one snapshot even while another process writes. */
    private static final int ALL_PAGES = -1;

    @Override
    public CaseHealth check(Path caseFile, Duration budget) {
        if (!hasSqliteHeader(caseFile)) {
            CaseFileGate.check(caseFile, SqliteCaseStore.SCHEMA_VERSION); // throws the precise reason
        }
        long deadline = System.nanoTime() + budget.toNanos();
        AtomicBoolean outOfTime = new AtomicBoolean();
        try (Connection c = Database.connect(caseFile, true)) {
            ProgressHandler.setHandler(c, STEPS_BETWEEN_CLOCK_LOOKS, new ProgressHandler() {
                @Override
                protected int progress() {
                    if (System.nanoTime() > deadline) {
                        outOfTime.set(true);
                        return 1;
                    }
                    return 0;
                }
            });
            List<String> findings = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check(" + MAX_FINDINGS + ")")) {
                while (rs.next()) {
                    String row = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(row)) {
                        findings.add(row);
                    }
                }
            }
            return findings.isEmpty() ? CaseHealth.healthy() : CaseHealth.damaged(findings);
        } catch (SQLException e) {
            if (outOfTime.get()) {
                return CaseHealth.unfinished();
            }
            if (isDamage(e)) {
                return CaseHealth.damaged(List.of(String.valueOf(e.getMessage())));
            }
            // not damage: e.g. a hot journal that only the writer opening the case rolls back
            return CaseHealth.unknown(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void copy(Path caseFile, Path target) {
        if (Files.exists(target)) {
            throw new StoreException(target + ": already exists; choose another name for the copy");
        }
        try (Connection c = Database.connect(caseFile, true)) {
            ((SQLiteConnection) c).getDatabase().backup("main", target.toAbsolutePath().toString(), null,
                    BUSY_SLEEP_MILLIS, BUSY_RETRIES, ALL_PAGES);
            selfContained(target);
        } catch (SQLException e) {
            deleteWithCompanions(target);
            throw new StoreException(caseFile + ": cannot copy the case to " + target + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The copy takes the case's WAL mode with its pages; back in rollback mode it is one file that
     * opens read-only anywhere (a mail attachment, a read-only medium) without -wal and -shm beside it.
     */
    private static void selfContained(Path copy) throws SQLException {
        try (Connection c = new SQLiteConfig().createConnection(Database.url(copy)); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
        }
    }

    @Override
    public void restore(Path caseFile, Path source) {
        try (Connection c = Database.connect(caseFile, false)) {
            ((SQLiteConnection) c).getDatabase().restore("main", source.toAbsolutePath().toString(), null,
                    BUSY_SLEEP_MILLIS, BUSY_RETRIES, ALL_PAGES);
        } catch (SQLException e) {
            if (!isDamage(e)) {
                throw new StoreException(caseFile + ": cannot restore from " + source + " (" + e.getMessage() + ")", e);
            }
            replaceWhole(caseFile, source);
        }
    }

    /** For a file SQLite can no longer write into: the copy takes its place, its WAL and index go. */
    private static void replaceWhole(Path caseFile, Path source) {
        Path temp = caseFile.resolveSibling(caseFile.getFileName() + ".restoring");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(Path.of(caseFile + "-wal"));
            Files.deleteIfExists(Path.of(caseFile + "-shm"));
            Files.move(temp, caseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(caseFile + ": cannot put the copy " + source + " in its place (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public CaseCounts counts(Path caseFile) {
        try (Connection c = Database.connect(caseFile, true); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM statement)")) {
            return rs.next() ? new CaseCounts(rs.getInt(1), rs.getInt(2)) : CaseCounts.UNKNOWN;
        } catch (SQLException e) {
            return CaseCounts.UNKNOWN;
        }
    }

    @Override
    public boolean needsUpgrade(Path caseFile) {
        return Files.exists(caseFile) && CaseFileGate.check(caseFile, SqliteCaseStore.SCHEMA_VERSION) < SqliteCaseStore.SCHEMA_VERSION;
    }

    static boolean isDamage(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("malformed") || message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")
                || message.contains("not a database");
    }

    private static boolean hasSqliteHeader(Path file) {
        byte[] header = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteWithCompanions(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // A half-written copy that cannot be removed is reported with the failure already thrown.
            }
        }
    }
}
