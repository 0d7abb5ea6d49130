package org.onrecord.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.PublicationDate;

class DateStringParserTest {

    private final DateStringParser parser = new DateStringParser();
    private static final PublicationDate DEC_5 = PublicationDate.day(LocalDate.of(2014, 12, 5));

    @ParameterizedTest
    @ValueSource(strings = {"2014-12-05", "December 5, 2014", "Dec. 5, 2014", "Dec 5 2014", "5 December 2014",
            "5 Dec. 2014", "Friday, December 5th, 2014", "Fri, 05 Dec 2014 10:00:00 GMT", "05.12.2014", "20141205"})
    void readsCommonDayFormats(String value) {
        assertThat(parser.parse(value)).contains(DEC_5);
    }

    @Test
    void keepsTheDayWrittenInTheTimestampsOwnOffset() {
        assertThat(parser.parse("2014-12-05T23:30:00-08:00")).contains(DEC_5);
        assertThat(parser.parse("2014-12-05T01:15:00+09:00")).contains(DEC_5);
        assertThat(parser.parse("2014-12-05T10:00:00.000Z")).contains(DEC_5);
    }

    @Test
    void aYearAndMonthIsAMonth() {
        assertThat(parser.parse("2014-12")).contains(new PublicationDate(LocalDate.of(2014, 12, 1), DatePrecision.MONTH));
        assertThat(parser.parse("December 2014")).contains(new PublicationDate(LocalDate.of(2014, 12, 1), DatePrecision.MONTH));
    }

    @Test
    void aBareYearIsAYear() {
        assertThat(parser.parse("2014")).contains(new PublicationDate(LocalDate.of(2014, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void slashDatesAreReadOnlyWhenTheOrderIsClear() {
        assertThat(parser.parse("12/25/2014")).contains(PublicationDate.day(LocalDate.of(2014, 12, 25)));
        assertThat(parser.parse("25/12/2014")).contains(PublicationDate.day(LocalDate.of(2014, 12, 25)));
        assertThat(parser.parse("05/12/2014")).isEmpty();
    }

    @Test
    void impossibleDatesGiveNothing() {
        assertThat(parser.parse("February 30, 2014")).isEmpty();
        assertThat(parser.parse("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(parser.parse("not a date")).isEmpty();
        assertThat(parser.parse(null)).isEmpty();
    }

    @Test
    void findsADateInsideADateline() {
        assertThat(parser.find("WASHINGTON, Dec. 5, 2014 — The agency said")).contains(DEC_5);
        assertThat(parser.find("LONDON 2014-12-05")).contains(DEC_5);
    }
}
