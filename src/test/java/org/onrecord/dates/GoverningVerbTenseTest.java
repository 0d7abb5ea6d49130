package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date without a year or week is placed by the tense of the verb that governs it, not by any verb in the sentence. */
class GoverningVerbTenseTest {
    static final LocalDate FRIDAY_5_DEC_2014 = LocalDate.of(2014, 12, 5);
    final TemporalExpressionFinder finder = new TemporalExpressionFinder();

    String valueOf(String text, String expression) {
        return finder.find(text, FRIDAY_5_DEC_2014).stream().filter(f -> f.text().equals(expression)).findFirst()
                .flatMap(TemporalExpressionFinder.Found::resolution).map(Resolution::value).orElse("none");
    }

    @Test
    void theNearestVerbGovernsTheWeekday() {
        assertThat(valueOf("The minister said Monday that the bridge will reopen.", "Monday")).isEqualTo("2014-12-01");
        assertThat(valueOf("The minister said the bridge will reopen Monday.", "Monday")).isEqualTo("2014-12-08");
        assertThat(valueOf("The regulator's ruling Tuesday showed that the merger will be harder than expected.", "Tuesday"))
                .isEqualTo("2014-12-02");
    }

    @Test
    void aFutureSeenFromThePastDoesNotPointAhead() {
        assertThat(valueOf("The offer had been due to expire Wednesday.", "Wednesday")).isEqualTo("2014-12-03");
        assertThat(valueOf("The vote was scheduled to start at noon Tuesday.", "noon Tuesday")).isEqualTo("2014-12-02T12:00");
        assertThat(valueOf("The vote is scheduled to start Tuesday.", "Tuesday")).isEqualTo("2014-12-09");
    }

    @Test
    void anEdAdjectiveOrAReportingVerbNeverPushesADateBack() {
        // "preferred" and "said" are past forms, but the payment is still the coming one
        assertThat(valueOf("The bank said it will redeem its preferred shares on Dec. 19.", "Dec. 19")).isEqualTo("2014-12-19");
        assertThat(valueOf("Holders of record Dec. 12 will receive the increased dividend.", "Dec. 12")).isEqualTo("2014-12-12");
        assertThat(valueOf("Shares closed lower Dec. 1 after the report.", "Dec. 1")).isEqualTo("2014-12-01");
    }

    @Test
    void theSentenceEndsAtTheStopAfterTheExpressionEvenAfterAClosingQuote() {
        // the past verb of the next sentence must not reach back across the full stop
        String text = "The studio released \u201cThe Party.\u201d It is sticking with its plans to open the sequel on Christmas Day. "
                + "Previously, critics had panned the first film.";
        assertThat(valueOf(text, "Christmas Day")).isEqualTo("2014-12-25");
    }
}
