package org.onrecord.ui.timeline;

import org.junit.jupiter.api.Test;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A day is not a month is not "a few months ago": the label says which. */
class TimelineDateLabelsTest {
    private static String label(int y1, int m1, int d1, int y2, int m2, int d2, DatePrecision p) {
        return DateLabels.describe(new DateValue("x", LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2), p));
    }

    @Test
    void eachPrecisionReadsDifferently() {
        assertThat(DateLabels.describe(DateValue.day(LocalDate.of(2014, 11, 18)))).isEqualTo("18 Nov 2014");
        assertThat(label(2014, 11, 1, 2014, 11, 30, DatePrecision.MONTH)).isEqualTo("Nov 2014");
        assertThat(label(2015, 1, 1, 2015, 3, 31, DatePrecision.QUARTER)).isEqualTo("Q1 2015");
        assertThat(label(2014, 1, 1, 2014, 12, 31, DatePrecision.YEAR)).isEqualTo("2014");
        assertThat(label(1990, 1, 1, 1999, 12, 31, DatePrecision.DECADE)).isEqualTo("1990s");
        assertThat(label(2015, 2, 23, 2015, 3, 1, DatePrecision.WEEK)).isEqualTo("week 9, 2015");
    }

    @Test
    void rangesShowBothEnds() {
        assertThat(label(2015, 1, 5, 2015, 1, 16, DatePrecision.DAY)).isEqualTo("5 Jan 2015 – 16 Jan 2015");
        assertThat(label(2014, 11, 1, 2015, 1, 31, DatePrecision.MONTH)).isEqualTo("Nov 2014 – Jan 2015");
    }

    @Test
    void vagueDatesAreMarkedApproximate() {
        assertThat(DateLabels.describe(new DateValue("PAST_REF", null, LocalDate.of(2015, 3, 12), DatePrecision.VAGUE)))
                .isEqualTo("≈ before 12 Mar 2015");
        assertThat(DateLabels.describe(new DateValue("x", LocalDate.of(2015, 6, 20), null, DatePrecision.VAGUE)))
                .isEqualTo("≈ after 20 Jun 2015");
        assertThat(label(2015, 5, 1, 2015, 7, 31, DatePrecision.VAGUE)).isEqualTo("≈ 1 May 2015 – 31 Jul 2015");
    }

    @Test
    void undatedSaysSo() {
        assertThat(DateLabels.describe(new DateValue("FUTURE_REF", null, null, DatePrecision.VAGUE))).isEqualTo("undated (FUTURE_REF)");
        assertThat(DateLabels.describe(null)).isEqualTo("undated");
    }
}
