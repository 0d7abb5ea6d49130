package org.onrecord.store;

import org.onrecord.model.Statement;
import org.onrecord.model.StatementKind;

import java.util.List;
import java.util.Optional;

public interface StatementRepository {
    /** Stores a new statement (its id is ignored) and returns the id it got. */
    long add(Statement statement);

    Optional<Statement> find(long id);

    List<Statement> all();

    List<Statement> in(long articleId);

    List<StatementKind> kinds();
}
