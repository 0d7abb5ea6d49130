package org.onrecord.dates;

import org.junit.jupiter.api.Test;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: the "said on" check was made cheaper (the finder stops at the first exact day, the
 * resolver's normalising patterns are compiled once). These compare it with the implementation it
 * replaced, kept here verbatim, on texts written for the purpose.
 */
class SaidOnSameResultTest {
    private static final List<String> SENTENCES = List.of(
            "The harbour board denied the leaked memo on Tuesday, according to documents seen by the Gazette.",
            "“We have nothing to hide,” a spokesman told reporters on Dec. 3.",
            "The mayor said Monday that the vote on Friday would go ahead.",
            "Dr. Smith said on Jan. 5, 2015 that the audit was complete",
            "Investigators met at 5 p.m. Nov. 9 and again this past Sunday.",
            "The union warned that prices may fall in the spring of 2014 and fall again later.",
            "About 2,500 people marched in 2014; two thousand people marched in nineteen ninety-six.",
            "ABC's “This Week” reported the strike (March 4) yesterday.",
            "Shares rose 2082.1 points to a record mid-March, the Sunday Times said.",
            "The ministry welcomed the plan a few months ago, and again earlier this week!",
            "No date here at all, only a quay and a ferry?",
            "The council announced the inquiry last month; it will report next Thursday.",
            "Brightwater Shipping confirmed the tender on March 8th, two days before the deadline.",
            "The opposition leader said today that yesterday's decision was wrong.",
            "Officials said the 12-hour strike began at midnight on Christmas Day. Previously, talks failed.",
            "He said on Sunday, June twenty-first, that he \"would never resign\" before 2020.",
            "Local fishermen rejected the survey in an interview with Radio Elling two years ago");

    /** The check as it was before issue 10: every expression of the sentence found, then the first exact day taken. */
    private static Optional<SaidOn.Stated> statedBefore(String body, TextSpan span, LocalDate published) {
        // the sentence cut is SaidOn's own: it changed on purpose since (an abbreviation's full stop, SaidOnTest);
        // this test keeps the finder's faster search honest
        int from = SaidOn.sentenceStart(body, span.start());
        int to = SaidOn.sentenceEnd(body, span.end());
        String sentence = body.substring(from, Math.max(from, to));
        for (var found : new TemporalExpressionFinder().find(sentence, published)) {
            var resolved = found.resolution();
            if (resolved.isPresent() && resolved.get().date().isExactDay()) {
                return Optional.of(new SaidOn.Stated(resolved.get().date().from(), found.text().strip()));
            }
        }
        return Optional.empty();
    }

    private static boolean isAssumedBefore(LocalDate said, PublicationDate published, String body, TextSpan span) {
        if (said == null || published == null || !said.equals(published.date())) {
            return false;
        }
        return body == null || statedBefore(body, span, published.date()).map(SaidOn.Stated::day).filter(said::equals).isEmpty();
    }

    /** The resolver's normalising as it was, with the patterns compiled on every call. */
    private static String normaliseBefore(String expression) {
        String p = expression.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')
                .replace('\u2010', '-').replace('\u2011', '-')
                .replaceAll("[\"\u201c\u201d]", " ")
                .replaceAll("\\bmid-", "mid ")
                .replaceAll("\\bthis past ", "last ").replaceAll("\\bthis coming ", "next ")
                .replaceAll("\\s+", " ").strip();
        p = p.replaceAll("^[(\\[,;:]+|[)\\],;:!?.]+$", "").strip();
        p = Words.digitsForSpokenDates(p);
        return p.replaceFirst("^" + Words.WEEKDAY + ",? (?=" + Words.MONTH + " \\d|\\d)", "");
    }

    @Test
    void theCheckGivesWhatItGaveBeforeOnVariedTexts() {
        Random random = new Random(10);
        int compared = 0;
        int stated = 0;
        int assumed = 0;
        for (int article = 0; article < 40; article++) {
            List<String> chosen = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                chosen.add(SENTENCES.get(random.nextInt(SENTENCES.size())));
            }
            String body = "A headline about 3 Dec 2014\n\n" + String.join(random.nextBoolean() ? " " : "\n\n", chosen);
            LocalDate published = LocalDate.of(2014, 12, 1).plusDays(random.nextInt(10));
            for (int k = 0; k < 30; k++) {
                int a = random.nextInt(body.length());
                int b = Math.min(body.length(), a + 1 + random.nextInt(80));
                TextSpan span = new TextSpan(a, b, body.substring(a, b));
                Optional<SaidOn.Stated> before = statedBefore(body, span, published);
                assertThat(SaidOn.stated(body, span, published)).as("%s in %s", span, body).isEqualTo(before);
                LocalDate said = before.map(SaidOn.Stated::day).filter(d -> random.nextBoolean()).orElse(published);
                PublicationDate day = PublicationDate.day(said);
                assertThat(SaidOn.isAssumed(said, day, body, span)).isEqualTo(isAssumedBefore(said, day, body, span));
                compared++;
                stated += before.isPresent() ? 1 : 0;
                assumed += isAssumedBefore(said, day, body, span) ? 1 : 0;
            }
        }
        assertThat(compared).isEqualTo(1200);
        assertThat(stated).as("the texts name days often enough to test both answers").isBetween(200, 1100);
        assertThat(assumed).isBetween(100, 1100);
    }

    @Test
    void normalisingGivesWhatItGaveBefore() {
        List<String> phrases = new ArrayList<>(List.of("  “Mid-March”  ", "(this past Sunday,", "this coming   week!",
                "Monday, Dec. 3", "Sunday, 5 May", "nineteen ninety-six.", "June twenty\u2011first", "[the fall]",
                "it\u2019s  \u00a0 today;", ")(", "", "2014-12-03", "\tlast\nweek ", "this\"past Sunday", "mid-\u201cmay\u201d", "x\r\n\f2014"));
        for (String sentence : SENTENCES) {
            String[] words = sentence.split(" ");
            for (int i = 0; i < words.length; i++) {
                phrases.add(String.join(" ", List.of(words).subList(i, Math.min(words.length, i + 4))));
            }
        }
        for (String phrase : phrases) {
            assertThat(DateResolver.normalise(phrase)).as(phrase).isEqualTo(normaliseBefore(phrase));
        }
        assertThat(phrases).hasSizeGreaterThan(100);
    }

    @Test
    void theFirstExactDayIsFoundWithoutReadingTheRest() {
        var finder = new TemporalExpressionFinder();
        String text = "He spoke on Dec. 3 about the vote on Friday and the strike last month.";
        var all = finder.find(text, LocalDate.of(2014, 12, 5));
        var first = finder.first(text, LocalDate.of(2014, 12, 5), f -> f.resolution().filter(r -> r.date().isExactDay()).isPresent());
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(first).contains(all.getFirst());
        assertThat(finder.first("No date here.", LocalDate.of(2014, 12, 5), f -> true)).isEmpty();
    }
}
