package org.onrecord.dates;

import org.junit.jupiter.api.Test;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.TextSpan;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: a "said on" day that is only the publication day was printed as fact ("Said 5 Dec 2014"). */
class SaidOnTest {
    private static final LocalDate MONDAY = LocalDate.of(2020, 3, 9);
    private static final PublicationDate PUBLISHED_MONDAY = PublicationDate.day(MONDAY);

    private static TextSpan span(String body, String words) {
        int at = body.indexOf(words);
        return new TextSpan(at, at + words.length(), words);
    }

    @Test
    void thePublicationDayIsAssumedWhenTheSentenceDoesNotNameIt() {
        String body = "Headline\n\n“We have nothing to hide,” a spokesman told the Daily. The ferry sailed on.";
        assertThat(SaidOn.isAssumed(MONDAY, PUBLISHED_MONDAY, body, span(body, "We have nothing to hide"))).isTrue();
        assertThat(SaidOn.label(MONDAY, true)).isEqualTo("9 Mar 2020 (assumed: the day it was published)");
    }

    @Test
    void aDayTheSentenceNamesIsStatedNotAssumed() {
        String body = "Headline\n\nThe operator said on Monday that “every inspection was carried out on time”.";
        TextSpan quote = span(body, "every inspection was carried out on time");
        assertThat(SaidOn.stated(body, quote, MONDAY)).map(SaidOn.Stated::day).contains(MONDAY);
        assertThat(SaidOn.isAssumed(MONDAY, PUBLISHED_MONDAY, body, quote)).isFalse();
        assertThat(SaidOn.label(MONDAY, false)).isEqualTo("9 Mar 2020");
    }

    @Test
    void anotherDayThanThePublicationDayIsNeverCalledAssumed() {
        String body = "“No,” she said.";
        assertThat(SaidOn.isAssumed(MONDAY.minusDays(3), PUBLISHED_MONDAY, body, span(body, "No"))).isFalse();
        assertThat(SaidOn.isAssumed(null, PUBLISHED_MONDAY, body, span(body, "No"))).isFalse();
        assertThat(SaidOn.isAssumed(MONDAY, null, body, span(body, "No"))).isFalse();
    }

    @Test
    void aMonthsAbbreviationDoesNotEndTheSentenceThatNamesTheDay() {
        String body = "Headline\n\nThe operator said on Mar. 9 that “every inspection was carried out on time”. Gov. Berg agreed.";
        TextSpan quote = span(body, "every inspection was carried out on time");
        assertThat(SaidOn.stated(body, quote, MONDAY)).map(SaidOn.Stated::day).contains(MONDAY);
        assertThat(SaidOn.isAssumed(MONDAY, PUBLISHED_MONDAY, body, quote)).isFalse();

        String titled = "Headline\n\n“We will look at it,” Gov. Berg said on Monday.";
        assertThat(SaidOn.isAssumed(MONDAY, PUBLISHED_MONDAY, titled, span(titled, "We will look at it"))).isFalse();
    }
}
