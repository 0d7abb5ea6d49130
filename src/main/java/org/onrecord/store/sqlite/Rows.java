package org.onrecord.store.sqlite;

import org.onrecord.model.AnchorState;
import org.onrecord.model.Origin;
import org.onrecord.model.ReviewState;
import org.onrecord.model.TextSpan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        return value == null ? null : day(value);
    }

    /**
     * Days already parsed: a case names a few thousand distinct days over hundreds of thousands of
     * rows, and parsing each again was a visible part of reading the case. Bounded, in case of a
     * case that names more.
     */
    private static final Map<String, LocalDate> DAYS = new ConcurrentHashMap<>();

    private static LocalDate day(String value) {
        LocalDate day = DAYS.get(value);
        if (day == null) {
            day = LocalDate.parse(value);
            if (DAYS.size() < 50_000) {
                DAYS.put(value, day);
            }
        }
        return day;
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
}
