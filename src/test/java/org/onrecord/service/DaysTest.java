package org.onrecord.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one parser of a typed day. */
class DaysTest {
    @Test
    void aDayIsReadFromYearMonthDay() {
        assertThat(Days.parse(" 2014-12-07 ")).isEqualTo(LocalDate.of(2014, 12, 7));
    }

    @Test
    void blankMeansNoDay() {
        assertThat(Days.parse("")).isNull();
        assertThat(Days.parse(null)).isNull();
    }

    @Test
    void anythingElseIsRefusedWithTheOneMessage() {
        assertThatThrownBy(() -> Days.parse("2014-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2014-02-30' is not a day: use YYYY-MM-DD");
        assertThatThrownBy(() -> Days.parse("7 Dec")).hasMessage("'7 Dec' is not a day: use YYYY-MM-DD");
    }

    @Test
    void dateValueBoundsNameTheirOptionBeforeTheSameMessage() {
        assertThatThrownBy(() -> DateValues.parse(null, "soon", "2014-12-07"))
                .hasMessage("--from 'soon' is not a day: use YYYY-MM-DD");
    }
}
