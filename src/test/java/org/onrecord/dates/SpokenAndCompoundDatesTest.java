package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates said aloud (broadcast transcripts) and dates built of two parts ("July last year", "this year's third quarter"). */
class SpokenAndCompoundDatesTest {
    static final LocalDate THURSDAY_3_OCT_2002 = LocalDate.of(2002, 10, 3);
    final DateResolver resolver = new DateResolver();

    String value(String expression) {
        return resolver.resolve(expression, THURSDAY_3_OCT_2002).map(Resolution::value).orElse("none");
    }

    @Test
    void yearsAndDaysSaidInWords() {
        assertThat(value("nineteen ninety-six")).isEqualTo("1996");
        assertThat(value("January nineteen ninety-seven")).isEqualTo("1997-01");
        assertThat(value("the winter of nineteen eighty-nine")).isEqualTo("1989-WI");
        assertThat(value("the year two thousand")).isEqualTo("2000");
        assertThat(value("nineteen oh five")).isEqualTo("1905");
        assertThat(value("March eighth, two thousand one")).isEqualTo("2001-03-08");
        assertThat(value("June twenty-first")).isEqualTo("2002-06-21");
    }

    @Test
    void aMonthOfLastThisOrNextYear() {
        assertThat(value("July last year")).isEqualTo("2001-07");
        assertThat(value("January this year")).isEqualTo("2002-01");
        assertThat(value("March of next year")).isEqualTo("2003-03");
    }

    @Test
    void fiscalYearsAndQuartersOfANamedYear() {
        assertThat(value("fiscal 2001")).isEqualTo("2001");
        assertThat(value("the current fiscal year")).isEqualTo("2002");
        assertThat(value("this year's third quarter")).isEqualTo("2002-Q3");
        assertThat(value("next year's first quarter")).isEqualTo("2003-Q1");
        assertThat(value("the 2001 second quarter")).isEqualTo("2001-Q2");
    }

    @Test
    void aDecadePartWithItsArticleAndANearlyCount() {
        assertThat(value("the late 1970s")).isEqualTo("197");
        assertThat(value("nearly four years ago")).isEqualTo("1998");
    }

    @Test
    void vagueStretchesOfTimeAndThisPast() {
        assertThat(value("this past spring")).isEqualTo("2002-SP");
        assertThat(value("this coming Monday")).isEqualTo("2002-10-07");
        assertThat(value("in the near term")).isEqualTo("FUTURE_REF");
        assertThat(value("past years")).isEqualTo("PAST_REF");
        assertThat(value("the past several quarters")).isEqualTo("PAST_REF");
        assertThat(value("future quarters")).isEqualTo("FUTURE_REF");
    }
}
