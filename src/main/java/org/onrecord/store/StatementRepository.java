package org.onrecord.store;

import org.onrecord.model.SaidOnCheck;
import org.onrecord.model.Statement;
import org.onrecord.model.StatementConfidence;
import org.onrecord.model.StatementKind;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface StatementRepository {
    /** Stores a new statement (its id is ignored) and returns the id it got. */
    long add(Statement statement);

    Optional<Statement> find(long id);

    List<Statement> all();

    List<Statement> in(long articleId);

    List<StatementKind> kinds();

    /** Statements whose speaker entity is {@code entityId}. */
    List<Statement> spokenBy(long entityId);

    /** Writes the statement exactly as given: a new id when its id is 0, else insert-or-replace under its id. */
    long put(Statement statement);

    void delete(long id);

    /** Adds a kind at the end of the case's list, or relabels it if the code exists. */
    void putKind(StatementKind kind);

    /** Keeps why a statement was suggested and how sure the rules were (of it and of its kind). */
    void setSuggestion(long statementId, double confidence, double kindConfidence, String evidence);

    /** The confidences of every suggested statement that has one. */
    List<StatementConfidence> confidences();

    /** Removes a kind no statement uses. */
    void deleteKind(String code);

    /** Why the statement was suggested (null clears it). */
    void setEvidence(long statementId, String evidence);

    Optional<String> evidence(long statementId);

    /** Every kept answer of the "said on" check (SaidOn), in one read; a row may be stale (see {@link SaidOnCheck#answersFor}). */
    List<SaidOnCheck> saidOnChecks();

    /** Keeps these answers of the "said on" check, replacing what was kept for the same statements. */
    void keepSaidOnChecks(Collection<SaidOnCheck> checks);
}
