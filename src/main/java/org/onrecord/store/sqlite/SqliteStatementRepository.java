package org.onrecord.store.sqlite;

import org.onrecord.model.SaidOnCheck;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;
import org.onrecord.model.StatementKind;
import org.onrecord.store.StatementRepository;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class SqliteStatementRepository implements StatementRepository {
    private static final String COLUMNS = "article_id, start, \"end\", text, speaker, speaker_entity_id, speaker_start, "
            + "speaker_end, speaker_text, cue_start, cue_end, cue_text, via, kind, direct, date_said, origin, state, anchor";

    /** What a statement row is read as: every column but the evidence (read only when asked for). */
    private static final String READ = "id, " + COLUMNS;

    private final Database db;

    SqliteStatementRepository(Database db) {
        this.db = db;
    }

    @Override
    public long add(Statement s) {
        return db.write(c -> Sql.insert(c, 0, "INSERT INTO statement (" + COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values(s)));
    }

    @Override
    public Optional<Statement> find(long id) {
        return db.read(c -> Sql.first(c, "SELECT " + READ + " FROM statement WHERE id = ?", SqliteStatementRepository::statement, id));
    }

    @Override
    public List<Statement> all() {
        return db.read(c -> Sql.list(c, "SELECT " + READ + " FROM statement ORDER BY article_id, start, id", SqliteStatementRepository::statement));
    }

    @Override
    public List<Statement> in(long articleId) {
        return db.read(c -> Sql.list(c, "SELECT " + READ + " FROM statement WHERE article_id = ? ORDER BY start",
                SqliteStatementRepository::statement, articleId));
    }

    @Override
    public List<StatementKind> kinds() {
        return db.read(c -> Sql.list(c, "SELECT code, label FROM statement_kind ORDER BY position",
                rs -> new StatementKind(rs.getString(1), rs.getString(2))));
    }

    @Override
    public List<Statement> spokenBy(long entityId) {
        return db.read(c -> Sql.list(c, "SELECT " + READ + " FROM statement WHERE speaker_entity_id = ? ORDER BY article_id, start",
                SqliteStatementRepository::statement, entityId));
    }

    @Override
    public long put(Statement s) {
        return db.write(c -> Sql.insert(c, s.id(), Sql.upsert("statement", COLUMNS), Sql.withId(s.id(), values(s))));
    }

    /** The values of {@link #COLUMNS}, in order. */
    private static Object[] values(Statement s) {
        return new Object[] {s.articleId(), Sql.span(s.span()), s.speaker(), s.speakerEntityId(), Sql.span(s.speakerSpan()),
                Sql.span(s.cueSpan()), s.via(), s.kind(), s.direct(), s.dateSaid(), s.origin().code(), s.state().code(),
                Rows.code(s.anchor())};
    }

    @Override
    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM statement WHERE id = ?", id));
    }

    @Override
    public void setSuggestion(long statementId, double confidence, double kindConfidence, String evidence) {
        db.write(c -> Sql.update(c, "UPDATE statement SET confidence = ?, kind_confidence = ?, evidence = ? WHERE id = ?",
                confidence, kindConfidence, evidence, statementId));
    }

    @Override
    public List<StatementConfidence> confidences() {
        return db.read(c -> Sql.list(c, "SELECT id, confidence, kind_confidence FROM statement WHERE confidence IS NOT NULL",
                rs -> new StatementConfidence(rs.getLong(1), rs.getDouble(2), rs.getDouble(3))));
    }

    @Override
    public List<SaidOnCheck> saidOnChecks() {
        // the rows of statements that no longer exist go with them (ON DELETE CASCADE)
        return db.read(c -> {
            if (!hasSaidOnCheckTable(c)) {
                return List.of();
            }
            // a V5 case read as it is on a read-only medium has no rule column: its answers came from rule 1
            String rule = hasRuleColumn(c) ? "rule" : "1";
            return Sql.list(c, "SELECT statement_id, date_said, published, start, \"end\", assumed, " + rule + " FROM said_on_check",
                    rs -> new SaidOnCheck(rs.getLong(1), Rows.date(rs, "date_said"), Rows.date(rs, "published"), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6) == 1, rs.getInt(7)));
        });
    }

    /** A V4 case read as it is on a read-only medium has no such table: everything is checked again. */
    private static boolean hasSaidOnCheckTable(Connection c) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'said_on_check'");
             var rs = st.executeQuery()) {
            return rs.next();
        }
    }

    private static boolean hasRuleColumn(Connection c) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM pragma_table_info('said_on_check') WHERE name = 'rule'");
             var rs = st.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public void keepSaidOnChecks(Collection<SaidOnCheck> checks) {
        db.write(c -> {
            Sql.batch(c, "INSERT INTO said_on_check (statement_id, date_said, published, start, \"end\", assumed, rule) "
                    + "SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM statement WHERE id = ?) "
                    + "ON CONFLICT(statement_id) DO UPDATE SET date_said = excluded.date_said, published = excluded.published, "
                    + "start = excluded.start, \"end\" = excluded.\"end\", assumed = excluded.assumed, rule = excluded.rule",
                    checks.stream().map(k -> new Object[] {k.statementId(), k.said(), k.published(), k.start(), k.end(), k.assumed(),
                            k.rule(), k.statementId()}).toList());
            return null;
        });
    }

    @Override
    public void putKind(StatementKind kind) {
        db.write(c -> Sql.update(c, "INSERT INTO statement_kind (code, label, position) "
                + "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM statement_kind)) "
                + "ON CONFLICT(code) DO UPDATE SET label = excluded.label", kind.code(), kind.label()));
    }

    @Override
    public void deleteKind(String code) {
        db.write(c -> Sql.update(c, "DELETE FROM statement_kind WHERE code = ?", code));
    }

    @Override
    public void setEvidence(long statementId, String evidence) {
        db.write(c -> Sql.update(c, "UPDATE statement SET evidence = ? WHERE id = ?", evidence, statementId));
    }

    @Override
    public Optional<String> evidence(long statementId) {
        return db.read(c -> Sql.first(c, "SELECT evidence FROM statement WHERE id = ?", rs -> rs.getString(1), statementId));
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        return new Statement(rs.getLong("id"), rs.getLong("article_id"), Rows.span(rs, "start", "end", "text"),
                rs.getString("speaker"), Rows.nullableLong(rs, "speaker_entity_id"),
                Rows.span(rs, "speaker_start", "speaker_end", "speaker_text"), Rows.span(rs, "cue_start", "cue_end", "cue_text"),
                rs.getString("via"), rs.getString("kind"), rs.getInt("direct") == 1, Rows.date(rs, "date_said"),
                Rows.origin(rs), Rows.state(rs), Rows.anchor(rs));
    }
}
