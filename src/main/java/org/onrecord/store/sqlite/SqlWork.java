package org.onrecord.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
