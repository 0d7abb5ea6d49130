package org.onrecord.store.sqlite;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.onrecord.store.ArticleRepository;
import org.onrecord.store.CaseStore;
import org.onrecord.store.EntityRepository;
import org.onrecord.store.EventRepository;
import org.onrecord.store.NotACaseException;
import org.onrecord.store.NoteRepository;
import org.onrecord.store.SearchIndex;
import org.onrecord.store.StatementRepository;
import org.onrecord.store.StoreException;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A case file opened (or created) with its schema brought up to date by the migrations. */
public final class SqliteCaseStore implements CaseStore {
    /** The newest migration this build ships; a case with a higher one is from a newer Onrecord. */
    public static final int SCHEMA_VERSION = 6;
    /**
     * The oldest format a case on a read-only medium is read in as it is: V5 only added a cache
     * (said_on_check) that is recomputed when absent, and V6 its rule version (rule 1 when absent),
     * so a V4 or V5 case on a CD reads the same.
     */
    static final int OLDEST_READ_AS_IT_IS = 4;

    private static final System.Logger LOG = System.getLogger(SqliteCaseStore.class.getName());

    private final Path path;
    private final Database db;
    private final SqliteArticleRepository articles;
    private final SqliteEntityRepository entities;
    private final SqliteStatementRepository statements;
    private final SqliteEventRepository events;
    private final SqliteSearchIndex searchIndex;
    private final SqliteNoteRepository notes;

    private final boolean readOnly;

    private SqliteCaseStore(Path path, Database db, boolean readOnly) {
        this.path = path;
        this.db = db;
        this.readOnly = readOnly;
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
        if (ReadOnlyPlace.isReadOnly(file)) {
            if (version < OLDEST_READ_AS_IT_IS) {
                throw new NotACaseException(file, "was made by an older version of Onrecord and must be brought up to this"
                        + " version's format, which cannot be done where it is (the file or its folder cannot be written to);"
                        + " copy it to a folder you can write to and open the copy");
            }
            return connectReadOnly(file);
        }
        if (version < SCHEMA_VERSION) {
            migrate(file, file);
        }
        return connect(file);
    }

    /** Creates a new, empty case; the file must not exist yet. */
    public static SqliteCaseStore create(Path file) {
        if (Files.exists(file)) {
            throw alreadyExists(file);
        }
        try {
            CaseCreation.build(file, false, SqliteCaseStore::migrate);
        } catch (FileAlreadyExistsException e) {
            throw alreadyExists(file);
        }
        return connect(file);
    }

    private static StoreException alreadyExists(Path file) {
        return new StoreException(file + ": already exists; open it instead of creating it");
    }

    /**
     * Opens the case, or creates it when absent (the command line's {@code import}). Two processes
     * doing so at once both end up in the one case one of them made. What a killed creation left
     * under the name (an empty file, a SQLite file without our id and without data) is made anew.
     */
    /** True for what a killed creation leaves under a case's name: {@link #openOrCreate} makes it anew. */
    public static boolean isUnfinishedCreation(Path file) {
        return Files.exists(file) && CaseFileGate.isUnfinishedCreation(file);
    }

    public static SqliteCaseStore openOrCreate(Path file) {
        if (Files.exists(file) && CaseFileGate.isUnfinishedCreation(file)) {
            LOG.log(System.Logger.Level.INFO, file + " was left unfinished by an interrupted creation; making it anew");
            try {
                CaseCreation.build(file, true, SqliteCaseStore::migrate);
            } catch (FileAlreadyExistsException cannotHappenWhenReplacing) {
                throw alreadyExists(file);
            }
            return connect(file);
        }
        if (!Files.exists(file)) {
            try {
                CaseCreation.build(file, false, SqliteCaseStore::migrate);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                return open(file);
            }
            return connect(file);
        }
        return open(file);
    }

    /**
     * Brings the schema up to date. Flyway's own messages (stack traces, its web addresses) are for
     * developers: the researcher gets one sentence, the detail goes to the log with the cause.
     */
    private static void migrate(Path file, Path shownAs) {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        try {
            Flyway.configure()
                    .dataSource(Database.url(file), null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            LOG.log(System.Logger.Level.WARNING, "migration of " + file + " failed", e);
            throw MigrationTrouble.explain(shownAs, e);
        }
    }

    private static SqliteCaseStore connect(Path file) {
        try {
            return new SqliteCaseStore(file, new Database(file), false);
        } catch (SQLException e) {
            throw SqliteTrouble.explain(file, e, "open");
        }
    }

    /** Whether the file can be written where it is; a case that cannot is opened read-only ({@link #isReadOnly()}). */
    public static boolean isInReadOnlyPlace(Path file) {
        return ReadOnlyPlace.isReadOnly(file);
    }

    private static SqliteCaseStore connectReadOnly(Path file) {
        try {
            return new SqliteCaseStore(file, new Database(file, file + " cannot be written where it is (the file or its folder"
                    + " is read-only), so nothing was changed; copy it to a folder you can write to and change the copy."), true);
        } catch (SQLException e) {
            throw SqliteTrouble.explain(file, e, "open");
        }
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
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
    public void refuseWrites(String sentence) {
        db.refuseWrites(sentence);
    }

    @Override
    public <T> T transaction(Supplier<T> work) {
        return db.write(c -> work.get());
    }

    @Override
    public OptionalLong dataVersion() {
        return db.dataVersion();
    }

    @Override
    public void close() {
        db.close();
    }
}
