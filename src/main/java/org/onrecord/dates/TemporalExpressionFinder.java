package org.onrecord.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in running text with the resolver's own grammar: at each word it takes
 * the longest run of up to eight words that {@link DateResolver} resolves, so whatever is proposed
 * can also be normalised. Spans follow TimeML: "on Sunday" is marked as "Sunday". Precision over
 * recall: words that are dates only sometimes ("May", "March", "fall", "Sunday" in "Sunday Times",
 * a bare number like 2000) need context that shows they are dates.
 */
public final class TemporalExpressionFinder {
    /** A temporal expression at [start, end) (UTF-16 indices) and, when it resolves, what it means. */
    public record Found(int start, int end, String text, Optional<Resolution> resolution) {
    }

    private static final int MAX_WORDS = 8;
    /** Only used to check the grammar when no publication date is given; never shown. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 6, 15);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019](?![sS]\\b)[\\p{L}\\p{N}]+)*");
    private static final Pattern MONTH_ABBREVIATION = Pattern.compile("(?i)jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec");
    private static final Pattern MONTH_WORD = Pattern.compile("(?i)" + Words.MONTH);
    private static final Pattern WEEKDAY_WORD = Pattern.compile("(?i)" + Words.WEEKDAY);
    private static final Pattern SEASON_WORD = Pattern.compile("(?i)spring|summer|fall|autumn|winter");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern CLOCK_STOP = Pattern.compile("(?is).*\\b[ap]\\.m");
    private static final Pattern MEASURE = Pattern.compile("(?s)[.,]\\d.*");
    private static final Pattern BREAK = Pattern.compile("[\\n;]|[.!?][\"\u201d\u2019']?\\s+[\\p{Lu}\"\u201c]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "lt",
            "col", "inc", "co", "corp", "ltd", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "no", "vs", "prof", "mt", "ft");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "since", "by", "until", "till", "from", "to",
            "through", "during", "before", "after", "for", "of", "over", "within", "starting", "as", "sometime");
    private static final Set<String> DATE_CONTEXT = Set.of("in", "since", "by", "until", "till", "during", "of", "from",
            "to", "through", "before", "after", "early", "late", "mid", "last", "next", "this", "year", "fiscal", "around",
            "circa", "between", "and", "or", "that", "every", "each", "for", "its", "their", "his", "her", "our", "the",
            "calendar", "s");
    /** Count nouns after a number that show it is a quantity ("2000 employees"), not a year. */
    private static final Set<String> COUNTED_NOUNS = Set.of("people", "employees", "workers", "jobs", "shares", "units",
            "members", "troops", "soldiers", "students", "cases", "votes", "copies", "miles", "feet", "meters", "metres",
            "acres", "tons", "tonnes", "pounds", "dollars", "times", "points", "cars", "homes", "houses", "seats",
            "barrels", "kilometers", "kilometres", "words", "pages", "items", "users", "accounts", "computers", "machines",
            "files", "emails", "passengers", "residents", "stores", "percent");
    private static final Set<String> QUANTIFIERS = Set.of("some", "about", "nearly", "almost", "over", "than", "roughly",
            "approximately", "only", "just", "least", "most", "another", "all", "those", "these");
    /** Words that make an expression ambiguous on their own; too often an adverb of discourse to mark. */
    /** Before these a season word is the verb ("expected to fall", "could fall"). */
    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "could", "can", "may", "might", "should",
            "must", "not", "did", "does", "do", "shall");
    /** Adverbs that order one event against another; TimeML gives them no value of their own. */
    private static final Set<String> ORDERING = Set.of("previously", "eventually", "subsequently", "afterwards", "afterward");
    /** "The future" is a time after these ("in the future", "worried about the future"). */
    private static final Set<String> FUTURE_PREPOSITIONS = Set.of("in", "into", "for", "about", "until", "till", "near");
    private static final Set<String> TOO_VAGUE_ALONE = Set.of("earlier", "later", "once", "a second", "one second", "the second",
            "some time", "a day", "one day");
    private static final Set<String> TRIGGERS = Set.of("today", "yesterday", "tomorrow", "tonight", "now", "currently",
            "recently", "lately", "previously", "formerly", "soon", "shortly", "future", "past", "ago", "later", "earlier",
            "eventually", "presently", "nowadays", "christmas", "halloween", "thanksgiving", "year", "valentine", "independence",
            "labor", "memorial", "quarter", "quarterly", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly",
            "morning", "afternoon", "evening", "night", "weekend", "present", "moment", "recent", "current", "coming", "twenties",
            "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "day", "week", "month",
            "decade", "century", "hour", "minute", "second", "fortnight", "days", "weeks", "months", "years", "decades",
            "hours", "minutes", "seconds", "nights", "weekends", "quarters", "fourth", "fall", "spring", "summer",
            "autumn", "winter", "upcoming", "noon", "midnight", "midday", "fiscal", "term",
            // years said aloud ("nineteen ninety-six", "the year two thousand")
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
            "thousand");

    private final DateResolver resolver = new DateResolver();

    /** The temporal expressions in {@code text}, each resolved only if it needs no publication date. */
    public List<Found> find(String text) {
        return find(text, null);
    }

    /** The temporal expressions in {@code text}, resolved against {@code publication} with their clause's tense. */
    public List<Found> find(String text, LocalDate publication) {
        return scan(text, publication, found -> false);
    }

    /**
     * The first expression in {@code text} that is {@code wanted}, as {@link #find(String, LocalDate)} would list it;
     * the text after it is not read.
     */
    public Optional<Found> first(String text, LocalDate publication, Predicate<Found> wanted) {
        List<Found> found = scan(text, publication, wanted);
        return found.isEmpty() || !wanted.test(found.getLast()) ? Optional.empty() : Optional.of(found.getLast());
    }

    /** The expressions in {@code text} in order, up to and including the first one that {@code last} accepts. */
    private List<Found> scan(String text, LocalDate publication, Predicate<Found> last) {
        List<int[]> tokens = tokens(text);
        List<Found> found = new ArrayList<>();
        ReferenceTime reference = ReferenceTime.NONE;
        int i = 0;
        while (i < tokens.size()) {
            int end = longestAt(text, tokens, i, reference);
            if (end < 0) {
                i++;
                continue;
            }
            int start = tokens.get(i)[0];
            int stop = tokens.get(end)[1];
            if (stop < text.length() && text.charAt(stop) == '.' && CLOCK_STOP.matcher(text.substring(start, stop)).matches()) {
                stop++; // "p.m." keeps its last stop, as "Dec." does
            }
            String span = text.substring(start, stop);
            String sentence = sentenceAround(text, start, stop);
            Optional<Resolution> resolution = resolver.resolve(span, publication, sentence, reference);
            Found next = new Found(start, stop, span, resolution);
            found.add(next);
            if (last.test(next)) {
                break;
            }
            if (resolution.isPresent()) {
                reference = reference.after(resolution.get());
            }
            i = end + 1;
        }
        return List.copyOf(found);
    }

    /** The last token index of the longest acceptable expression starting at token {@code i}, or -1. */
    private int longestAt(String text, List<int[]> tokens, int i, ReferenceTime reference) {
        int last = Math.min(tokens.size() - 1, i + MAX_WORDS - 1);
        if (!anyTrigger(text, tokens, i, last)) {
            return -1;
        }
        String first = word(text, tokens.get(i)).toLowerCase(Locale.ROOT);
        for (int j = last; j >= i; j--) {
            String span = text.substring(tokens.get(i)[0], tokens.get(j)[1]);
            if (hasSentenceBreak(span) || endsInsideCompound(text, tokens.get(j)[1])) {
                continue;
            }
            Optional<Resolution> r = resolver.resolve(span, ANY_DAY, null, reference);
            if (r.isEmpty() || !plausible(text, tokens, i, j)) {
                continue;
            }
            if (j > i && (first.equals("the") || first.equals("a")) && modifiesTheNextWord(text, tokens, j)) {
                return -1; // "the third-quarter results": the article belongs to "results"; mark "third-quarter"
            }
            if (PREPOSITIONS.contains(first) && j > i) {
                // TimeML leaves the preposition out when the rest means the same ("on Sunday" → "Sunday")
                String rest = text.substring(tokens.get(i + 1)[0], tokens.get(j)[1]);
                Optional<Resolution> without = resolver.resolve(rest, ANY_DAY, null, reference);
                if (without.isPresent() && without.get().value().equals(r.get().value())) {
                    return -1;
                }
            }
            return j;
        }
        return -1;
    }

    /** A year said aloud alone: not before a counted noun, and "two thousand" only where a date is expected ("by two thousand"). */
    private static boolean spokenYearInContext(String year, String before, String after) {
        String next = after.toLowerCase(Locale.ROOT);
        if (COUNTED_NOUNS.contains(next) || QUANTIFIERS.contains(before)) {
            return false;
        }
        return !year.startsWith("20") || DATE_CONTEXT.contains(before) || before.equals("year");
    }

    /** The expression ends in a hyphenated adjective ("third-quarter", "year-ago") that a following word is the noun of. */
    private static boolean modifiesTheNextWord(String text, List<int[]> tokens, int j) {
        int start = tokens.get(j)[0];
        if (start == 0 || text.charAt(start - 1) != '-' || j + 1 >= tokens.size()) {
            return false;
        }
        String between = text.substring(tokens.get(j)[1], tokens.get(j + 1)[0]);
        String next = word(text, tokens.get(j + 1));
        return between.equals(" ") && Character.isLowerCase(next.charAt(0)) && !TRIGGERS.contains(next)
                && !next.equals("ended") && !next.equals("ending");
    }

    /** Words in title case right after an opening quote ("This Week", "Good Morning America") name a work. */
    private static boolean isQuotedTitle(String text, List<int[]> tokens, int i, int j) {
        int start = tokens.get(i)[0];
        if (start == 0 || "\"\u201c`'".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        for (int k = i; k <= j; k++) {
            String w = word(text, tokens.get(k));
            if (!Character.isUpperCase(w.charAt(0)) || MONTH_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "The year" in "the year-ago results", "the quarter" in "quarter-to-quarter": only part of a hyphenated word. */
    private static boolean endsInsideCompound(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** Context checks for words that are dates only sometimes. */
    private static boolean plausible(String text, List<int[]> tokens, int i, int j) {
        String span = text.substring(tokens.get(i)[0], tokens.get(j)[1]);
        String lower = DateResolver.normalise(span);
        if (TOO_VAGUE_ALONE.contains(lower)) {
            return false;
        }
        String before = i > 0 ? word(text, tokens.get(i - 1)).toLowerCase(Locale.ROOT) : "";
        String after = j + 1 < tokens.size() ? word(text, tokens.get(j + 1)) : "";
        boolean hasNumber = false;
        for (int k = i; k <= j; k++) {
            String w = word(text, tokens.get(k));
            boolean capitalised = Character.isUpperCase(w.charAt(0));
            if ((MONTH_WORD.matcher(w).matches() || WEEKDAY_WORD.matcher(w).matches()) && !capitalised) {
                return false; // "may be", "march on": news capitalises months and weekdays
            }
            hasNumber |= Character.isDigit(w.charAt(0));
        }
        String only = word(text, tokens.get(j));
        if (i == j || (j == i + 1 && DATE_CONTEXT.contains(word(text, tokens.get(i)).toLowerCase(Locale.ROOT)))) {
            String w = only;
            if ((w.equalsIgnoreCase("may") || w.equalsIgnoreCase("march")) && i == j && !DATE_CONTEXT.contains(before)) {
                return false; // "May" alone is a verb unless "in May", "last May"
            }
            if (SEASON_WORD.matcher(w).matches() && i == j && VERB_BEFORE.contains(before)) {
                return false; // "expected to fall", "could fall further": the verb
            }
            if (SEASON_WORD.matcher(w).matches() && (after.equalsIgnoreCase("of") || after.equalsIgnoreCase("in") || (i == j && !DATE_CONTEXT.contains(before)
                    && !before.equals("the")))) {
                return false; // "prices fall", "the fall of Rome", "the fall in prices"
            }
            if (FOUR_DIGITS.matcher(w).matches() && !yearInContext(text, tokens, i, j, before)) {
                return false;
            }
        }
        if (FOUR_DIGITS.matcher(lower).matches() && !FOUR_DIGITS.matcher(only).matches() && !spokenYearInContext(lower, before, after)) {
            return false; // "two thousand people"
        }
        if (ORDERING.contains(lower)) {
            return false; // "previously said", "eventually closes": one event before or after another, not a time
        }
        String next = after.toLowerCase(Locale.ROOT);
        if ((lower.equals("soon") || lower.equals("shortly")) && (before.equals("as") || next.equals("after") || next.equals("before"))) {
            return false; // "as soon as" joins clauses; "soon after the merger" counts from the merger, not from publication
        }
        if (lower.equals("the future") && (next.equals("of") || !FUTURE_PREPOSITIONS.contains(before))) {
            return false; // "the future of the industry", "the future looks bleak": what will happen, not when
        }
        if (j > i && isQuotedTitle(text, tokens, i, j)) {
            return false; // ABC's "This Week": the name of a programme
        }
        if (WEEKDAY_WORD.matcher(only).matches() && !after.isEmpty() && Character.isUpperCase(after.charAt(0))
                && !MONTH_WORD.matcher(after).matches() && !hasNumber) {
            int gap = tokens.get(j)[1];
            String between = text.substring(gap, tokens.get(j + 1)[0]);
            if (between.isBlank()) {
                return false; // "Sunday Times", "Monday Night Football"
            }
        }
        return true;
    }

    /** A bare four-digit number is a year after a date preposition or before punctuation, never as "$2014" or "2014 people". */
    private static boolean yearInContext(String text, List<int[]> tokens, int i, int j, String before) {
        int y = Integer.parseInt(word(text, tokens.get(j)));
        if (y < 1900 || y > 2099) {
            return false;
        }
        int start = tokens.get(i)[0];
        if (start > 0 && "$£€#".indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        int end = tokens.get(j)[1];
        String rest = text.substring(end).stripLeading();
        if (rest.startsWith("%") || MEASURE.matcher(rest).matches()) {
            return false; // "2082.1 points", "2,500": a measure, not a year
        }
        if (DATE_CONTEXT.contains(before) || rest.isEmpty() || ",.;:)".indexOf(rest.charAt(0)) >= 0) {
            return true;
        }
        // elsewhere a year is still the likelier reading ("predicting 1990 earnings") unless a count noun follows
        String next = j + 1 < tokens.size() ? word(text, tokens.get(j + 1)).toLowerCase(Locale.ROOT) : "";
        return !COUNTED_NOUNS.contains(next) && !(!next.isEmpty() && next.charAt(0) >= '0' && next.charAt(0) <= '9') && !QUANTIFIERS.contains(before);
    }

    private static boolean anyTrigger(String text, List<int[]> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = word(text, tokens.get(k));
            if (Character.isDigit(w.charAt(0)) || TRIGGERS.contains(w.toLowerCase(Locale.ROOT))
                    || MONTH_WORD.matcher(w).matches() || WEEKDAY_WORD.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String word(String text, int[] token) {
        String w = text.substring(token[0], token[1]);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** Tokens as [start, end); a month abbreviation keeps its dot so "Dec. 25" stays one expression. */
    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (end < text.length() && text.charAt(end) == '.' && MONTH_ABBREVIATION.matcher(m.group()).matches()) {
                end++;
            }
            tokens.add(new int[] {m.start(), end});
        }
        return tokens;
    }

    private static boolean hasSentenceBreak(String span) {
        Matcher m = BREAK.matcher(span);
        while (m.find()) {
            if (isRealBreak(span, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** A stop after "p.m", "U.S", "Mr" or "Nov" does not end a sentence ("5 p.m. EST Nov. 9"). */
    private static boolean isRealBreak(String s, int at) {
        if (s.charAt(at) != '.') {
            return true;
        }
        int w = at;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        String word = s.substring(w, at);
        return word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The sentence holding [start, end), for the resolver's tense hint; cut at line ends and sentence stops. */
    private static String sentenceAround(String text, int start, int end) {
        int from = Math.max(0, start - 300);
        int to = Math.min(text.length(), end + 300);
        // breaks are judged on the whole text: a stop is seen with the capital after it and the word before it,
        // either of which may belong to the expression ("... on Christmas Day. Previously, ...")
        Matcher stop = BREAK.matcher(text).region(from, to);
        int cut = from;
        int tail = to;
        while (stop.find()) {
            if (!isRealBreak(text, stop.start())) {
                continue;
            }
            if (stop.start() < start) {
                cut = stop.start() + 1;
            } else if (stop.start() >= end - 1) {
                tail = stop.start() + 1;
                break;
            }
        }
        return text.substring(cut, Math.max(tail, end));
    }
}
