package org.onrecord.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Map;
import java.util.OptionalInt;

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

    private Words() {
    }

    static Month month(String word) {
        String w = word.replace(".", "");
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(java.util.Locale.ROOT);
            if (name.equals(w) || (w.length() >= 3 && name.startsWith(w))) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(java.util.Locale.ROOT));
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
