package org.onrecord.dates;

import org.junit.jupiter.api.Test;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: the report and the timeline spoke in TimeML codes ("2014-W49", "PAST_REF") instead of plain words, each its own way. */
class DateLabelsTest {
    private static DateValue date(String value, LocalDate from, LocalDate to, DatePrecision precision) {
        return new DateValue(value, from, to, precision);
    }

    @Test
    void everyPrecisionReadsAsWords() {
        LocalDate monday = LocalDate.of(2014, 12, 1);
        assertThat(DateLabels.of(date("2014-W49", monday, monday.plusDays(6), DatePrecision.WEEK))).isEqualTo("week of 1 Dec 2014");
        assertThat(DateLabels.of(DateValue.day(LocalDate.of(2014, 12, 5)))).isEqualTo("5 Dec 2014");
        assertThat(DateLabels.of(date("2014-12", monday, LocalDate.of(2014, 12, 31), DatePrecision.MONTH))).isEqualTo("December 2014");
        assertThat(DateLabels.of(date("2014-Q4", LocalDate.of(2014, 10, 1), LocalDate.of(2014, 12, 31), DatePrecision.QUARTER)))
                .isEqualTo("October – December 2014");
        assertThat(DateLabels.of(date("2014", LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31), DatePrecision.YEAR))).isEqualTo("2014");
        assertThat(DateLabels.of(date("199", LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31), DatePrecision.DECADE)))
                .isEqualTo("the 1990s");
    }

    @Test
    void vagueDatesAreMarkedApproximate() {
        assertThat(DateLabels.of(date("PAST_REF", null, LocalDate.of(2018, 12, 31), DatePrecision.VAGUE)))
                .isEqualTo("≈ before 31 Dec 2018");
        assertThat(DateLabels.of(date("FUTURE_REF", LocalDate.of(2015, 6, 20), null, DatePrecision.VAGUE))).isEqualTo("≈ after 20 Jun 2015");
        assertThat(DateLabels.of(date("2019-SP", LocalDate.of(2019, 3, 20), LocalDate.of(2019, 6, 20), DatePrecision.VAGUE)))
                .isEqualTo("≈ 20 Mar 2019 – 20 Jun 2019");
    }

    @Test
    void anUnknownDateSaysSoInWordsNotInCodes() {
        assertThat(DateLabels.of(date("FUTURE_REF", null, null, DatePrecision.VAGUE))).isEqualTo("date not known");
        assertThat(DateLabels.of(null)).isEqualTo("undated");
    }

    @Test
    void aRangeOfDaysShowsBothEndsNotTheMonthItFallsIn() {
        assertThat(DateLabels.of(date("2014-11-01/2014-11-20", LocalDate.of(2014, 11, 1), LocalDate.of(2014, 11, 20), DatePrecision.MONTH)))
                .isEqualTo("1 Nov 2014 – 20 Nov 2014");
        assertThat(DateLabels.of(date("2014-12-02/2014-12-04", LocalDate.of(2014, 12, 2), LocalDate.of(2014, 12, 4), DatePrecision.WEEK)))
                .isEqualTo("2 Dec 2014 – 4 Dec 2014");
        assertThat(DateLabels.of(date("x", LocalDate.of(2014, 11, 1), LocalDate.of(2015, 1, 31), DatePrecision.MONTH)))
                .isEqualTo("November 2014 – January 2015");
    }
}
