package org.onrecord.store.sqlite;

import org.onrecord.model.AnchorState;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.TextSpan;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Small conversions between SQL values and model values, shared by the repositories. */
final class Rows {
    private Rows() {
    }

    static TextSpan span(ResultSet rs, String start, String end, String text) throws SQLException {
        int s = rs.getInt(start);
        if (rs.wasNull()) {
            return null;
        }
        return new TextSpan(s, rs.getInt(end), rs.getString(text));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Origin origin(ResultSet rs) throws SQLException {
        return Origin.fromCode(rs.getString("origin"));
    }

    static ReviewState state(ResultSet rs) throws SQLException {
        return ReviewState.fromCode(rs.getString("state"));
    }

    static AnchorState anchor(ResultSet rs) throws SQLException {
        return AnchorState.valueOf(rs.getString("anchor").toUpperCase(Locale.ROOT));
    }

    static String code(AnchorState anchor) {
        return anchor == null ? "anchored" : anchor.name().toLowerCase(Locale.ROOT);
    }

    static void setSpan(PreparedStatement ps, int index, TextSpan span) throws SQLException {
        if (span == null) {
            ps.setNull(index, Types.INTEGER);
            ps.setNull(index + 1, Types.INTEGER);
            ps.setNull(index + 2, Types.VARCHAR);
        } else {
            ps.setInt(index, span.start());
            ps.setInt(index + 1, span.end());
            ps.setString(index + 2, span.text());
        }
    }

    static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Binds an id for an upsert: NULL (a new id) when it is 0 or less. */
    static void setId(PreparedStatement ps, int index, long id) throws SQLException {
        if (id > 0) {
            ps.setLong(index, id);
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static long insertedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }

    /** Sets one text column of one row by id. */
    static void setText(Database db, String sql, String value, long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** One text column of one row by id; empty when the row is absent or the value null. */
    static Optional<String> text(Database db, String sql, long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
