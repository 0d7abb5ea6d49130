package org.onrecord.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but a publication stamp ("Nov. 20, 2019, 9:28 AM UTC",
 * "Updated Tuesday 14 May 2019"): it sits inside many body containers but is never article text.
 * A bare time ("4:14 p.m.") or a date range is left alone: live blogs and event listings use
 * those as content.
 */
final class Datelines {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}");
    private static final int MAX_WORDS = 12;

    private static final Set<String> CALENDAR_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
            "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun",
            "sunday");
    private static final Set<String> STAMP_WORDS = Set.of("updated", "published", "posted", "modified");
    private static final Set<String> FILLER_WORDS = Set.of(
            "am", "pm", "a", "p", "m", "utc", "gmt", "est", "edt", "et", "pt", "pst", "pdt", "cet",
            "cest", "bst", "ist", "on", "at", "last", "st", "nd", "rd", "th", "of");

    private Datelines() {
    }

    static boolean isDateline(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        var matcher = TOKEN.matcher(lower);
        int tokens = 0;
        boolean calendar = false;
        boolean stamp = false;
        while (matcher.find()) {
            String token = matcher.group();
            if (++tokens > MAX_WORDS) {
                return false;
            }
            if (CALENDAR_WORDS.contains(token)) {
                calendar = true;
            } else if (STAMP_WORDS.contains(token)) {
                stamp = true;
            } else if (!Character.isDigit(token.charAt(0)) && !FILLER_WORDS.contains(token)) {
                return false;
            }
        }
        return calendar && (stamp || CLOCK.matcher(lower).find());
    }
}
