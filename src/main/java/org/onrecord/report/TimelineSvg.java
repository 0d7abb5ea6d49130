package org.onrecord.report;

import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline as an SVG figure that shows how precise each date is: a day is a dot, a week, month,
 * quarter, year or decade a bar over its whole span, and a vague date a faded shape marked ≈ that
 * stays open where its bound is unknown. Rows are numbered like the dated list beneath the figure.
 */
public final class TimelineSvg {
    static final int WIDTH = 680;
    static final int GUTTER = 34;
    static final int ROW = 18;
    static final int AXIS = 22;
    static final String NS = "http://www.w3.org/2000/svg";
    private static final String INK = "#1f4e79";

    /** One row: its number in the dated list and its date. */
    public record Row(int number, DateValue date) {
    }

    private TimelineSvg() {
    }

    /** The SVG for these rows on an axis fitted to all of {@code everything} (so split figures share one axis). */
    public static String render(List<Row> rows, List<DateValue> everything) {
        LocalDate[] span = span(everything);
        LocalDate first = span[0];
        LocalDate last = span[1];
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        double plot = WIDTH - GUTTER - 10;
        int height = AXIS + rows.size() * ROW + 6;
        StringBuilder svg = new StringBuilder(256 + rows.size() * 200);
        svg.append("<svg xmlns=\"").append(NS).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">");
        svg.append("<defs><linearGradient id=\"fadeR\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"")
                .append(INK).append("\" stop-opacity=\"0.45\"/><stop offset=\"1\" stop-color=\"").append(INK)
                .append("\" stop-opacity=\"0\"/></linearGradient><linearGradient id=\"fadeL\" x1=\"1\" x2=\"0\" y1=\"0\" y2=\"0\">")
                .append("<stop offset=\"0\" stop-color=\"").append(INK).append("\" stop-opacity=\"0.45\"/><stop offset=\"1\" stop-color=\"")
                .append(INK).append("\" stop-opacity=\"0\"/></linearGradient></defs>");
        // stripes
        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                svg.append("<rect x=\"0\" y=\"").append(AXIS + i * ROW).append("\" width=\"").append(WIDTH)
                        .append("\" height=\"").append(ROW).append("\" fill=\"#f1f4f8\"/>");
            }
        }
        // axis and ticks
        svg.append("<line x1=\"").append(GUTTER).append("\" y1=\"").append(AXIS - 2).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y2=\"").append(AXIS - 2).append("\" stroke=\"#555\" stroke-width=\"0.8\"/>");
        for (Tick t : ticks(first, last)) {
            double x = GUTTER + plot * ChronoUnit.DAYS.between(first, t.day) / days;
            if (x > WIDTH - 10 - 6 * t.label.length()) {
                continue;
            }
            svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(AXIS - 6).append("\" x2=\"").append(fmt(x))
                    .append("\" y2=\"").append(height - 4).append("\" stroke=\"#c9ced6\" stroke-width=\"0.6\"/>");
            svg.append("<text x=\"").append(fmt(x + 2)).append("\" y=\"").append(AXIS - 9)
                    .append("\" font-family=\"sans-serif\" font-size=\"8\" fill=\"#444\">").append(Xml.text(t.label)).append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double cy = AXIS + i * ROW + ROW / 2.0;
            svg.append("<text x=\"").append(GUTTER - 6).append("\" y=\"").append(fmt(cy + 3))
                    .append("\" text-anchor=\"end\" font-family=\"sans-serif\" font-size=\"8\" fill=\"#333\">")
                    .append(row.number()).append("</text>");
            shape(svg, row.date(), first, days, plot, cy);
        }
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, DateValue d, LocalDate first, long days, double plot, double cy) {
        Double from = d.from() == null ? null : GUTTER + plot * ChronoUnit.DAYS.between(first, d.from()) / days;
        Double to = d.to() == null ? null : GUTTER + plot * (ChronoUnit.DAYS.between(first, d.to()) + 1) / days;
        double top = cy - 5;
        if (d.precision() == DatePrecision.VAGUE) {
            if (from == null && to == null) {
                svg.append("<text x=\"").append(GUTTER + 2).append("\" y=\"").append(fmt(cy + 3))
                        .append("\" font-family=\"sans-serif\" font-size=\"8\" fill=\"#777\">≈ undated</text>");
                return;
            }
            if (from != null && to != null) {
                svg.append("<rect x=\"").append(fmt(from)).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                        .append(fmt(Math.max(4, to - from))).append("\" height=\"10\" rx=\"4\" fill=\"").append(INK)
                        .append("\" fill-opacity=\"0.18\" stroke=\"").append(INK).append("\" stroke-opacity=\"0.6\" stroke-width=\"0.8\" stroke-dasharray=\"2,2\"/>");
            } else if (from != null) {
                svg.append("<rect x=\"").append(fmt(from)).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                        .append(fmt(WIDTH - 10 - from)).append("\" height=\"10\" fill=\"url(#fadeR)\"/>");
                svg.append("<line x1=\"").append(fmt(from)).append("\" y1=\"").append(fmt(top)).append("\" x2=\"").append(fmt(from))
                        .append("\" y2=\"").append(fmt(top + 10)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
            } else {
                svg.append("<rect x=\"").append(GUTTER).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                        .append(fmt(to - GUTTER)).append("\" height=\"10\" fill=\"url(#fadeL)\"/>");
                svg.append("<line x1=\"").append(fmt(to)).append("\" y1=\"").append(fmt(top)).append("\" x2=\"").append(fmt(to))
                        .append("\" y2=\"").append(fmt(top + 10)).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
            }
            double at = from != null ? from : to;
            svg.append("<text x=\"").append(fmt(from != null ? at - 9 : at + 2)).append("\" y=\"").append(fmt(cy + 3))
                    .append("\" font-family=\"sans-serif\" font-size=\"9\" fill=\"").append(INK).append("\">≈</text>");
            return;
        }
        if (from == null || to == null) {
            return;
        }
        if (d.isExactDay()) {
            svg.append("<circle cx=\"").append(fmt((from + to) / 2)).append("\" cy=\"").append(fmt(cy))
                    .append("\" r=\"4.2\" fill=\"").append(INK).append("\"/>");
        } else {
            svg.append("<rect x=\"").append(fmt(from)).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                    .append(fmt(Math.max(3, to - from))).append("\" height=\"10\" rx=\"1.5\" fill=\"").append(INK)
                    .append("\" fill-opacity=\"0.75\"/>");
        }
    }

    /** Small shapes for the legend beside the figure, drawn as in it. */
    static String legendDay() {
        return "<svg xmlns=\"" + NS + "\" width=\"12\" height=\"10\" viewBox=\"0 0 12 10\"><circle cx=\"6\" cy=\"5\" r=\"4\" fill=\""
                + INK + "\"/></svg>";
    }

    static String legendBar() {
        return "<svg xmlns=\"" + NS + "\" width=\"24\" height=\"10\" viewBox=\"0 0 24 10\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"8\""
                + " rx=\"1.5\" fill=\"" + INK + "\" fill-opacity=\"0.75\"/></svg>";
    }

    static String legendVague() {
        return "<svg xmlns=\"" + NS + "\" width=\"24\" height=\"10\" viewBox=\"0 0 24 10\"><defs><linearGradient id=\"lg\" x1=\"0\" x2=\"1\""
                + " y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"" + INK + "\" stop-opacity=\"0.45\"/><stop offset=\"1\" stop-color=\""
                + INK + "\" stop-opacity=\"0\"/></linearGradient></defs><rect x=\"1\" y=\"1\" width=\"22\" height=\"8\" fill=\"url(#lg)\"/>"
                + "<line x1=\"1\" y1=\"1\" x2=\"1\" y2=\"9\" stroke=\"" + INK + "\" stroke-width=\"1\"/></svg>";
    }

    private record Tick(LocalDate day, String label) {
    }

    private static List<Tick> ticks(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        List<Tick> ticks = new ArrayList<>();
        if (days > 3 * 366) {
            int step = days > 30 * 366 ? 10 : days > 12 * 366 ? 5 : 1;
            for (int y = first.getYear() + 1; y <= last.getYear(); y++) {
                if (y % step == 0) {
                    ticks.add(new Tick(LocalDate.of(y, 1, 1), Integer.toString(y)));
                }
            }
        } else if (days > 62) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
            int step = days > 2 * 366 ? 6 : days > 366 ? 3 : 1;
            for (LocalDate m = first.withDayOfMonth(1).plusMonths(1); !m.isAfter(last); m = m.plusMonths(1)) {
                if ((m.getMonthValue() - 1) % step == 0) {
                    ticks.add(new Tick(m, step == 1 && m.getMonthValue() != 1 ? f.format(m).substring(0, 3) : f.format(m)));
                }
            }
        } else {
            DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
            int step = days > 21 ? 7 : days > 8 ? 2 : 1;
            for (LocalDate d = first.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
                if (ChronoUnit.DAYS.between(first, d) % step == 0) {
                    ticks.add(new Tick(d, f.format(d)));
                }
            }
        }
        return ticks;
    }

    /** The days the axis covers: every known bound, padded a little on both sides. */
    static LocalDate[] span(List<DateValue> dates) {
        LocalDate min = null;
        LocalDate max = null;
        for (DateValue d : dates) {
            for (LocalDate x : new LocalDate[]{d.from(), d.to()}) {
                if (x != null) {
                    min = min == null || x.isBefore(min) ? x : min;
                    max = max == null || x.isAfter(max) ? x : max;
                }
            }
        }
        if (min == null) {
            LocalDate today = LocalDate.now();
            return new LocalDate[]{today.minusDays(3), today.plusDays(3)};
        }
        long pad = Math.max(1, ChronoUnit.DAYS.between(min, max) / 20);
        return new LocalDate[]{min.minusDays(pad), max.plusDays(pad)};
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
