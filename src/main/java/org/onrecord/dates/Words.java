package org.onrecord.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Map;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.Locale;

/** The words of the date grammar: month and weekday names, number words, and the regex pieces built from them. */
final class Words {
    static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String DAY_NUMBER = "(\\d{1,2})(?:st|nd|rd|th)?";
    static final String YEAR = "(\\d{4})";
    /** "three", "3", "a", "a couple of", "several": counts before a unit. */
    static final String COUNT = "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a couple of|a couple|a few|few"
            + "|several|some|many|a dozen|dozens of|a number of)";
    static final String UNIT = "(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century)s?";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("a couple of", 2), Map.entry("a couple", 2),
            Map.entry("a dozen", 12));

    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "two thousand". */
    private static final Pattern SPOKEN_YEAR = Pattern.compile("\\b(?:(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen|twenty) (" + TEENS + "|(?:" + TENS + ")(?:[- ](?:" + ONES + "))?|hundred|oh[- ](?:" + ONES + "))"
            + "|two thousand(?: and)?(?: (" + ONES + "|" + TEENS + "))?)\\b");
    /** A day said aloud after its month: "March eighth", "June twenty-first". */
    private static final Pattern SPOKEN_DAY = Pattern.compile("\\b" + MONTH + " ((?:twenty|thirty)[- ])?(first|second|third|fourth|fifth"
            + "|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth)\\b");
    private static final List<String> ORDINAL_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth");

    private Words() {
    }

    /** {@code p} with the years and month days said in words written in digits ("january nineteen ninety-seven" → "january 1997"). */
    static String digitsForSpokenDates(String p) {
        if (!p.contains("th") && !p.contains("teen") && !p.contains("ty") && !p.contains("thousand") && !p.contains("first")
                && !p.contains("second") && !p.contains("third")) {
            return p;
        }
        String out = SPOKEN_YEAR.matcher(p).replaceAll(m -> String.valueOf(spokenYear(m)));
        return SPOKEN_DAY.matcher(out).replaceAll(m -> {
            int day = (m.group(3).equals("twentieth") ? 20 : m.group(3).equals("thirtieth") ? 30 : ORDINAL_DAYS.indexOf(m.group(3)) + 1)
                    + (m.group(2) == null ? 0 : m.group(2).startsWith("twenty") ? 20 : 30);
            return m.group(1) + " " + day;
        });
    }

    private static int spokenYear(MatchResult m) {
        if (m.group(1) == null) {
            return 2000 + (m.group(3) == null ? 0 : spokenNumber(m.group(3)));
        }
        int century = spokenNumber(m.group(1)) * 100;
        String rest = m.group(2);
        if (rest.equals("hundred")) {
            return century;
        }
        if (rest.startsWith("oh")) {
            return century + spokenNumber(rest.substring(3));
        }
        String[] parts = rest.split("[- ]");
        return century + spokenNumber(parts[0]) + (parts.length > 1 ? spokenNumber(parts[1]) : 0);
    }

    private static int spokenNumber(String word) {
        Integer n = NUMBERS.get(word);
        if (n != null) {
            return n;
        }
        return switch (word) {
            case "seventy" -> 70;
            case "eighty" -> 80;
            case "ninety" -> 90;
            default -> throw new IllegalArgumentException("not a number word: " + word);
        };
    }

    static Month month(String word) {
        String w = word.replace(".", "");
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(w) || (w.length() >= 3 && name.startsWith(w))) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** An exact count, or empty for the vague ones ("a few", "several") that must never become a number. */
    static OptionalInt exactCount(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(word));
        }
        Integer n = NUMBERS.get(word);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    static String unitOf(String word) {
        return word.endsWith("s") && !word.equals("s") ? word.substring(0, word.length() - 1) : word;
    }

    static int ordinal(String word) {
        return switch (word) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> throw new IllegalArgumentException("not an ordinal: " + word);
        };
    }
}
