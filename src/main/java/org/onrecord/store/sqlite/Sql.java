package org.onrecord.store.sqlite;

import org.onrecord.model.TextSpan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one place that prepares a statement, binds its parameters, maps its rows and closes it, so
 * a repository method says only its SQL, its values and how a row becomes a record.
 *
 * <p>Parameters bind in order: {@code null} as SQL NULL, numbers, strings, {@code byte[]} and
 * booleans (as 1/0) as themselves, a {@link Spanned} as its three columns (start, end, text; three
 * NULLs for no span), {@link Values} as its values one after the other, anything else (dates, instants) as its {@code toString()}.
 */
final class Sql {
    private Sql() {
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A span bound as three columns: start, end, text. */
    record Spanned(TextSpan span) {
    }

    /** Several values bound as consecutive parameters, for a group of columns that travel together. */
    record Values(Object... values) {
    }

    static Spanned span(TextSpan span) {
        return new Spanned(span);
    }

    /** An id for an upsert: NULL (a new id) when it is 0 or less. */
    static Long id(long id) {
        return id > 0 ? id : null;
    }

    /** The values of an upsert: the row's id ({@link #id}) and then the others. */
    static Object[] withId(long id, Object... values) {
        Object[] all = new Object[values.length + 1];
        all[0] = id(id);
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }

    /**
     * An upsert of one row: {@code INSERT INTO table (id, columns…) VALUES (?, …) ON CONFLICT(id)
     * DO UPDATE SET column = excluded.column, …} — bind it with {@link #withId}.
     */
    static String upsert(String table, String columns) {
        List<String> names = Arrays.stream(columns.split(",")).map(String::strip).toList();
        return "INSERT INTO " + table + " (id, " + String.join(", ", names) + ") VALUES (?"
                + ", ?".repeat(names.size()) + ") ON CONFLICT(id) DO UPDATE SET "
                + String.join(", ", names.stream().map(n -> n + " = excluded." + n).toList());
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        }
    }

    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT (or upsert) and returns the row's id: {@code id} when positive, else the generated one. */
    static long insert(Connection c, long id, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            if (id > 0) {
                return id;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id was generated");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement for each row of parameters, as one batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(ps, params);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        int index = 1;
        for (Object p : params) {
            if (p instanceof Spanned(TextSpan span)) {
                set(ps, index++, span == null ? null : span.start());
                set(ps, index++, span == null ? null : span.end());
                set(ps, index++, span == null ? null : span.text());
            } else if (p instanceof Values(Object[] values)) {
                for (Object v : values) {
                    set(ps, index++, v);
                }
            } else {
                set(ps, index++, p);
            }
        }
    }

    private static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.NULL);
            case Long n -> ps.setLong(index, n);
            case Integer n -> ps.setInt(index, n);
            case Double n -> ps.setDouble(index, n);
            case Boolean b -> ps.setInt(index, b ? 1 : 0);
            case String s -> ps.setString(index, s);
            case byte[] bytes -> ps.setBytes(index, bytes);
            default -> ps.setString(index, value.toString());
        }
    }
}
