package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expressions resolved against the time the text talks about (TimeML's reference time), not only the publication date. */
class NarrativeReferenceTest {
    static final LocalDate WEDNESDAY_8_NOV_2006 = LocalDate.of(2006, 11, 8);
    final TemporalExpressionFinder finder = new TemporalExpressionFinder();

    /** Span text to value, in order. */
    Map<String, String> values(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var f : finder.find(text, WEDNESDAY_8_NOV_2006)) {
            out.put(f.text(), f.resolution().map(Resolution::value).orElse("?"));
        }
        return out;
    }

    @Test
    void aYearEarlierInAComparisonIsTheComparedQuarterAYearBack() {
        String text = "The bakery chain said third-quarter profit rose 8% to $4.1 million. "
                + "Sales climbed to $52 million from $47 million a year earlier.";
        assertThat(values(text)).containsEntry("third-quarter", "2006-Q3").containsEntry("a year earlier", "2005-Q3");
    }

    @Test
    void lastYearAgainstAnAmountIsTheComparedQuarterButOtherwiseTheYear() {
        assertThat(values("In the second quarter the mill lost $2 million, compared with a profit of $1 million last year."))
                .containsEntry("last year", "2005-Q2");
        assertThat(values("In the second quarter the mill hired staff. Last year it closed a plant."))
                .containsEntry("Last year", "2005");
    }

    @Test
    void theYearAgoQuarterIsOneWordAndNeedsNoComparison() {
        assertThat(values("Fourth-quarter revenue fell. In the year-ago quarter, the airline earned $9 million."))
                .containsEntry("the year-ago quarter", "2005-Q4");
        // "the year" inside "the year-earlier results" is not the publication year
        assertThat(values("The first quarter was weak. The year-earlier results included a gain."))
                .doesNotContainKey("The year").containsEntry("year-earlier", "2005-Q1");
        assertThat(values("The year-ago figures were restated.")).containsExactly(Map.entry("year-ago", "2005"));
    }

    @Test
    void aDurationNamedAfterTheQuarterEndsTheQuarterComparison() {
        String text = "Third-quarter profit rose. For the first nine months, profit was $9 million, up from $7 million a year earlier.";
        assertThat(values(text)).containsEntry("a year earlier", "2005");
    }

    @Test
    void theFollowingYearCountsFromTheLastYearNamed() {
        assertThat(values("She joined the board in 1995 and the following year she became its chair."))
                .containsEntry("1995", "1995").containsEntry("the following year", "1996");
        assertThat(values("The vote was on March 3, 2001. Two days later the results were published."))
                .containsEntry("Two days later", "2001-03-05");
        // with nothing named before, the publication date is the reference
        assertThat(values("The following year will be harder.")).containsEntry("The following year", "2007");
    }

    @Test
    void aSentenceThatOpensWithTheExpressionIsReadAlone() {
        // the comparison word "from" belongs to the sentence before
        String text = "Second-quarter sales rose to $3 million from $2 million. Last year the company moved to Ohio.";
        assertThat(values(text)).containsEntry("Last year", "2005");
    }

    @Test
    void thatYearTheDayAfterAndTheMorningBelongToTheLastPointNamed() {
        assertThat(values("The dam burst on June 4, 1998. Rescuers arrived the day after.")).containsEntry("the day after", "1998-06-05");
        assertThat(values("Exports peaked in 1994; that year the port handled a record tonnage.")).containsEntry("that year", "1994");
        assertThat(values("Shares fell sharply on Friday. Buyers returned in the morning, dealers said."))
                .containsEntry("Friday", "2006-11-03").containsEntry("the morning", "2006-11-03TMO");
        // with no day named, "the morning" is no time the text gives
        assertThat(values("Buyers returned in the morning.")).isEmpty();
    }
}
