package org.onrecord.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.PublicationDate;
import java.util.function.Supplier;

/**
 * Reads the date strings that articles and their metadata carry — ISO dates and timestamps,
 * "December 5, 2014", "Dec. 5, 2014", "5 December 2014", "Fri, 05 Dec 2014 10:00:00 GMT",
 * "05.12.2014" — into a {@link PublicationDate} as precise as the string is ("2014-12" is a month).
 * A timestamp keeps the calendar day written in its own offset: "2014-12-05T23:30-08:00" was the
 * 5th where the article appeared, even though it was already the 6th in UTC.
 * Ambiguous numeric forms ("05/06/2014") give nothing rather than a coin toss.
 */
public final class DateStringParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d-])" + YEAR + "-(\\d\\d)(?:-(\\d\\d)(?:[T ]\\d\\d:\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?"
                    + "(?:\\s*(?:Z|[+-]\\d\\d:?\\d\\d|UTC|GMT))?)?)?(?![\\d-])");
    private static final Pattern COMPACT = Pattern.compile("^" + YEAR + "(\\d\\d)(\\d\\d)(?:T\\d{4,6}.*)?$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_NAME + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])" + DAY + "\\.?\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d]\\s?)" + MONTH_NAME + ",?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR + "(?![\\d./-])");
    private static final Pattern YEAR_ONLY = Pattern.compile("^" + YEAR + "$");

    /** The date a whole string states (a metadata value), or empty. */
    public Optional<PublicationDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher compact = COMPACT.matcher(s);
        if (compact.matches()) {
            return day(compact.group(1), compact.group(2), compact.group(3));
        }
        Matcher year = YEAR_ONLY.matcher(s);
        if (year.matches()) {
            return Optional.of(new PublicationDate(LocalDate.of(Integer.parseInt(s), 1, 1), DatePrecision.YEAR));
        }
        return find(s);
    }

    /**
     * The first full date written somewhere in a line ("WASHINGTON, Dec. 5, 2014 —", "LONDON
     * 1996-08-30"); a month with its year only when no day is given.
     */
    public Optional<PublicationDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<PublicationDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < bestAt) {
                Optional<PublicationDate> d = fromMatch(p, m);
                if (d.isPresent()) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        if (best.isEmpty()) {
            Matcher m = MONTH_YEAR.matcher(text);
            while (m.find()) {
                Integer month = month(m.group(1));
                if (month != null) {
                    return Optional.of(new PublicationDate(
                            LocalDate.of(Integer.parseInt(m.group(2)), month, 1), DatePrecision.MONTH));
                }
            }
        }
        return best;
    }

    private Optional<PublicationDate> fromMatch(Pattern p, Matcher m) {
        if (p == ISO) {
            if (m.group(3) == null) {
                return safe(() -> new PublicationDate(
                        LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1), DatePrecision.MONTH));
            }
            return day(m.group(1), m.group(2), m.group(3));
        }
        if (p == MONTH_DAY_YEAR) {
            Integer month = month(m.group(1));
            return month == null ? Optional.empty() : day(m.group(3), String.valueOf(month), m.group(2));
        }
        if (p == DAY_MONTH_YEAR) {
            Integer month = month(m.group(2));
            return month == null ? Optional.empty() : day(m.group(3), String.valueOf(month), m.group(1));
        }
        return numeric(m);
    }

    /**
     * "05.12.2014" is day-first wherever dots are used; with slashes the order is only known when
     * one of the two numbers cannot be a month.
     */
    private Optional<PublicationDate> numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String year = m.group(4);
        if (m.group(2).equals(".")) {
            return day(year, String.valueOf(b), String.valueOf(a));
        }
        if (a > 12 && b <= 12) {
            return day(year, String.valueOf(b), String.valueOf(a));
        }
        if (b > 12 && a <= 12) {
            return day(year, String.valueOf(a), String.valueOf(b));
        }
        if (a == b) {
            return day(year, String.valueOf(a), String.valueOf(b));
        }
        return Optional.empty();
    }

    private static Integer month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        return m != null ? m : MONTHS.get(key.substring(0, Math.min(3, key.length())));
    }

    private static Optional<PublicationDate> day(String year, String month, String day) {
        return safe(() -> PublicationDate.day(
                LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
    }

    private static Optional<PublicationDate> safe(Supplier<PublicationDate> make) {
        try {
            return Optional.of(make.get());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "February 30" is not a date; say nothing rather than roll over
        }
    }
}
