package org.onrecord.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/**
 * Turns a temporal expression from an article ("Nov. 24", "last month", "a few months ago") into a
 * TimeML value relative to the article's publication date. Honest before clever: an expression it
 * does not know resolves to nothing rather than to a guess, vague ones stay vague, and durations are
 * never dates. Stateless and thread-safe.
 */
public final class DateResolver {
    /** Words that only say how the date attaches to the sentence; TimeML leaves them outside the value. */
    private static final Pattern PREPOSITION = Pattern.compile(
            "^(on|in|at|since|by|until|till|from|to|through|during|before|after|for|of|as of|over|starting|beginning|within"
                    + "|as early as|as late as|as recently as|no later than|sometime in|sometime|some time in) ");
    private static final Pattern APPROXIMATELY = Pattern.compile("^(around|about|circa|approximately|roughly|nearly|almost) ");
    private static final Pattern MODIFIER = Pattern.compile(
            "^(?:the )?(earlier|later|early|late|mid|the middle of|middle of|the end of|end of|the beginning of|beginning of"
                    + "|the start of|start of|the first half of|the second half of) ");
    // compiled once: normalise runs for every candidate span the finder tries (String.replaceAll compiled them each time)
    private static final Pattern QUOTES = Pattern.compile("[\"\u201c\u201d]");
    private static final Pattern MID = Pattern.compile("\\bmid-");
    private static final Pattern THIS_PAST = Pattern.compile("\\bthis past ");
    private static final Pattern THIS_COMING = Pattern.compile("\\bthis coming ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[(\\[,;:]+|[)\\],;:!?.]+$");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^" + Words.WEEKDAY + ",? (?=" + Words.MONTH + " \\d|\\d)");

    /** Resolves {@code expression} against the publication date {@code anchor} (null: only absolute dates resolve). */
    public Optional<Resolution> resolve(String expression, LocalDate anchor) {
        return resolve(expression, anchor, null);
    }

    /**
     * As {@link #resolve(String, LocalDate)}, reading the tense of the clause around the expression in
     * {@code sentence} ("set to bow Dec. 25" points ahead, "was released Dec. 25" back).
     */
    public Optional<Resolution> resolve(String expression, LocalDate anchor, String sentence) {
        return resolve(expression, anchor, sentence, ReferenceTime.NONE);
    }

    /**
     * As {@link #resolve(String, LocalDate, String)}, with the times the text has talked about so far:
     * anaphoric expressions ("the following year", "a year earlier" in a comparison) count from them.
     */
    public Optional<Resolution> resolve(String expression, LocalDate anchor, String sentence, ReferenceTime reference) {
        if (expression == null) {
            return Optional.empty();
        }
        String phrase = normalise(expression);
        if (phrase.isEmpty() || phrase.length() > 80) {
            return Optional.empty();
        }
        boolean comparison = NarrativeDates.inComparison(sentence, expression);
        return resolvePhrase(phrase, anchor, TenseHints.of(sentence, expression), reference, comparison, 0);
    }

    private Optional<Resolution> resolvePhrase(String p, LocalDate anchor, Tense tense, int depth) {
        return resolvePhrase(p, anchor, tense, ReferenceTime.NONE, false, depth);
    }

    private Optional<Resolution> resolvePhrase(String p, LocalDate anchor, Tense tense, ReferenceTime reference, boolean comparison,
                                               int depth) {
        Optional<Resolution> whole = NarrativeDates.resolve(p, anchor, reference, comparison)
                .or(() -> AbsoluteDates.resolve(p, anchor, tense))
                .or(() -> RelativeDates.resolve(p, anchor, tense))
                .or(() -> VagueReferences.resolve(p, anchor))
                .or(() -> Durations.resolve(p))
                .or(() -> ClockTimes.resolve(p, anchor, day -> resolvePhrase(day, anchor, tense, depth + 1)));
        if (whole.isPresent() || depth > 2) {
            return whole;
        }
        Matcher m;
        if ((m = PREPOSITION.matcher(p)).find()) {
            return resolvePhrase(p.substring(m.end()), anchor, tense, reference, comparison, depth + 1);
        }
        if ((m = APPROXIMATELY.matcher(p)).find()) {
            // "about" before a vague word is the preposition: "worried about recent losses" is not "roughly recently"
            return resolvePhrase(p.substring(m.end()), anchor, tense, reference, comparison, depth + 1)
                    .filter(r -> r.date().precision() != DatePrecision.VAGUE || !r.belongsOnTimeline())
                    .map(r -> r.mod() == TimexMod.NONE ? r.withMod(TimexMod.APPROX) : r);
        }
        if ((m = MODIFIER.matcher(p)).find()) {
            String modifier = m.group(1).replace("the ", "");
            return resolvePhrase(p.substring(m.end()), anchor, tense, reference, comparison, depth + 1)
                    .flatMap(r -> PartOf.apply(r, modifier, anchor));
        }
        return Optional.empty();
    }

    static String normalise(String expression) {
        String p = expression.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')
                .replace('\u2010', '-').replace('\u2011', '-');
        // each pattern only where its words are, as most candidate spans have none of them
        if (p.indexOf('"') >= 0 || p.indexOf('\u201c') >= 0 || p.indexOf('\u201d') >= 0) {
            p = QUOTES.matcher(p).replaceAll(" ");
        }
        if (p.contains("mid-")) {
            p = MID.matcher(p).replaceAll("mid ");
        }
        if (p.contains("this past ")) {
            p = THIS_PAST.matcher(p).replaceAll("last ");
        }
        if (p.contains("this coming ")) {
            p = THIS_COMING.matcher(p).replaceAll("next ");
        }
        p = (onlySingleSpaces(p) ? p : SPACES.matcher(p).replaceAll(" ")).strip();
        p = OUTER_PUNCTUATION.matcher(p).replaceAll("").strip();
        p = Words.digitsForSpokenDates(p);
        return LEADING_WEEKDAY.matcher(p).replaceFirst("");
    }

    /** Whether {@code \\s+} → " " would change nothing: no whitespace but single spaces. */
    private static boolean onlySingleSpaces(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || (c == ' ' && i + 1 < p.length() && p.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** "Early", "mid", "late", "earlier this week": the same value, a narrower part of its days. */
    static final class PartOf {
        private PartOf() {
        }

        static Optional<Resolution> apply(Resolution r, String modifier, LocalDate anchor) {
            DateValue d = r.date();
            if (!r.belongsOnTimeline() || d.from() == null || d.to() == null) {
                return Optional.empty(); // "late recently", "early three days": not a date we can narrow
            }
            boolean holdsAnchor = anchor != null && !anchor.isBefore(d.from()) && !anchor.isAfter(d.to());
            if (modifier.equals("earlier") && holdsAnchor) {
                LocalDate to = anchor.minusDays(1).isBefore(d.from()) ? d.from() : anchor.minusDays(1);
                return Optional.of(r.withDate(new DateValue(d.value(), d.from(), to, d.precision()),
                        r.explanation() + "; 'earlier': before publication"));
            }
            if (modifier.equals("later") && holdsAnchor) {
                LocalDate from = anchor.plusDays(1).isAfter(d.to()) ? d.to() : anchor.plusDays(1);
                return Optional.of(r.withDate(new DateValue(d.value(), from, d.to(), d.precision()),
                        r.explanation() + "; 'later': after publication"));
            }
            long days = ChronoUnit.DAYS.between(d.from(), d.to()) + 1;
            long third = Math.max(1, days / 3);
            long half = Math.max(1, days / 2);
            return Optional.of(switch (modifier) {
                case "early", "earlier", "beginning of", "start of" -> narrow(r, d.from(), d.from().plusDays(third - 1), TimexMod.START, "early part");
                case "mid", "middle of" -> narrow(r, d.from().plusDays(third), d.to().minusDays(third), TimexMod.MID, "middle part");
                case "first half of" -> narrow(r, d.from(), d.from().plusDays(half - 1), TimexMod.START, "first half");
                case "second half of" -> narrow(r, d.to().minusDays(half - 1), d.to(), TimexMod.END, "second half");
                default -> narrow(r, d.to().minusDays(third - 1), d.to(), TimexMod.END, "late part"); // late, later, end of
            });
        }

        private static Resolution narrow(Resolution r, LocalDate from, LocalDate to, TimexMod mod, String what) {
            DateValue d = r.date();
            LocalDate safeTo = to.isBefore(from) ? from : to;
            DateValue narrowed = new DateValue(d.value(), from, safeTo, d.precision());
            return r.withDate(narrowed, r.explanation() + "; " + what + " only").withMod(mod);
        }
    }
}
