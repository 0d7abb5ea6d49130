package org.onrecord.store.sqlite;

import org.flywaydb.core.Flyway;
import org.onrecord.store.ArticleRepository;
import org.onrecord.store.CaseStore;
import org.onrecord.store.EntityRepository;
import org.onrecord.store.EventRepository;
import org.onrecord.store.NotACaseException;
import org.onrecord.store.NoteRepository;
import org.onrecord.store.SearchIndex;
import org.onrecord.store.StatementRepository;
import org.onrecord.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A case file opened (or created) with its schema brought up to date by the migrations. */
public final class SqliteCaseStore implements CaseStore {
    /** The newest migration this build ships; a case with a higher one is from a newer Onrecord. */
    public static final int SCHEMA_VERSION = 4;

    private final Path path;
    private final Database db;
    private final SqliteArticleRepository articles;
    private final SqliteEntityRepository entities;
    private final SqliteStatementRepository statements;
    private final SqliteEventRepository events;
    private final SqliteSearchIndex searchIndex;
    private final SqliteNoteRepository notes;

    private SqliteCaseStore(Path path, Database db) {
        this.path = path;
        this.db = db;
        this.articles = new SqliteArticleRepository(db);
        this.entities = new SqliteEntityRepository(db);
        this.statements = new SqliteStatementRepository(db);
        this.events = new SqliteEventRepository(db);
        this.searchIndex = new SqliteSearchIndex(db);
        this.notes = new SqliteNoteRepository(db);
    }

    /** Opens an existing case; fails with {@link NotACaseException}, changing nothing, if it is not one. */
    public static SqliteCaseStore open(Path file) {
        if (!Files.exists(file)) {
            throw new NotACaseException(file, "does not exist");
        }
        int version = CaseFileGate.check(file, SCHEMA_VERSION);
        if (version < SCHEMA_VERSION) {
            migrate(file);
        }
        return connect(file);
    }

    /** Creates a new, empty case; the file must not exist yet. */
    public static SqliteCaseStore create(Path file) {
        if (Files.exists(file)) {
            throw new StoreException(file + ": already exists; open it instead of creating it");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            migrate(file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e instanceof StoreException se ? se : new StoreException(file + ": cannot create the case (" + e.getMessage() + ")", e);
        }
        return connect(file);
    }

    public static SqliteCaseStore openOrCreate(Path file) {
        return Files.exists(file) ? open(file) : create(file);
    }

    private static void migrate(Path file) {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Flyway.configure()
                .dataSource(Database.url(file), null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static SqliteCaseStore connect(Path file) {
        try {
            return new SqliteCaseStore(file, new Database(file));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the case (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // Leftovers of a failed creation; the error already reported says what went wrong.
            }
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public ArticleRepository articles() {
        return articles;
    }

    @Override
    public EntityRepository entities() {
        return entities;
    }

    @Override
    public StatementRepository statements() {
        return statements;
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public SearchIndex searchIndex() {
        return searchIndex;
    }

    @Override
    public NoteRepository notes() {
        return notes;
    }

    @Override
    public Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM case_info WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void putSetting(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_info (key, value) VALUES (?, ?) "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public <T> T transaction(Supplier<T> work) {
        return db.write(c -> work.get());
    }

    @Override
    public void close() {
        db.close();
    }
}
