package org.onrecord.service;

import org.junit.jupiter.api.Test;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateValuesTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void readsDaysMonthsYearsAndIsoWeeks() {
        assertThat(DateValues.parse("2014-11-24", null, null)).isEqualTo(DateValue.day(d("2014-11-24")));
        assertThat(DateValues.parse("2014-02", null, null))
                .isEqualTo(new DateValue("2014-02", d("2014-02-01"), d("2014-02-28"), DatePrecision.MONTH));
        assertThat(DateValues.parse("2014", null, null))
                .isEqualTo(new DateValue("2014", d("2014-01-01"), d("2014-12-31"), DatePrecision.YEAR));
        assertThat(DateValues.parse("2014-W49", null, null))
                .isEqualTo(new DateValue("2014-W49", d("2014-12-01"), d("2014-12-07"), DatePrecision.WEEK));
    }

    @Test
    void readsVagueReferencesWithOptionalBoundsAndPlainRanges() {
        assertThat(DateValues.parse("past_ref", null, "2014-12-05"))
                .isEqualTo(new DateValue("PAST_REF", null, d("2014-12-05"), DatePrecision.VAGUE));
        assertThat(DateValues.parse("FUTURE_REF", null, null).precision()).isEqualTo(DatePrecision.VAGUE);
        assertThat(DateValues.parse(null, "2014-11-03", "2014-11-20"))
                .isEqualTo(new DateValue("2014-11-03/2014-11-20", d("2014-11-03"), d("2014-11-20"), DatePrecision.MONTH));
        assertThat(DateValues.parse(null, "2014-11-03", "2014-11-03")).isEqualTo(DateValue.day(d("2014-11-03")));
    }

    @Test
    void readsARangeWrittenAsTheWindowShowsIt() {
        assertThat(DateValues.parse("2014-11-03/2014-11-20", null, null))
                .isEqualTo(new DateValue("2014-11-03/2014-11-20", d("2014-11-03"), d("2014-11-20"), DatePrecision.MONTH));
        assertThatThrownBy(() -> DateValues.parse("2014-11-20/2014-11-03", null, null)).hasMessageContaining("ends");
        assertThatThrownBy(() -> DateValues.parse("2014-13-01/2014-11-03", null, null)).hasMessageContaining("the range's start");
    }

    @Test
    void explainsTheFormatsInPlainWordsWithoutCommandLineOptions() {
        assertThatThrownBy(() -> DateValues.parse("someday", null, null))
                .hasMessageContaining("FROM/TO").hasMessageNotContaining("--");
    }

    @Test
    void rejectsWhatIsNotADateValue() {
        assertThatThrownBy(() -> DateValues.parse("next week", null, null)).hasMessageContaining("is not a date value");
        assertThatThrownBy(() -> DateValues.parse("2014-13", null, null)).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> DateValues.parse("2014-W60", null, null)).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> DateValues.parse(null, "2014-11-20", "2014-11-03")).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> DateValues.parse(null, "2014-11-20", null)).hasMessageContaining("give a date value");
        assertThatThrownBy(() -> DateValues.parse("2014-11", "2014-11-02", null)).hasMessageContaining("--from/--to");
        assertThatThrownBy(() -> DateValues.parse(null, "Nov 3", "2014-11-20")).hasMessageContaining("--from 'Nov 3'");
    }

    @Test
    void thePlaceholderProposerReadsOnlyIsoDates() {
        IsoDateProposer proposer = new IsoDateProposer();
        assertThat(proposer.propose(" 2014-11 ", d("2014-12-05"))).contains(DateValues.parse("2014-11", null, null));
        assertThat(proposer.propose("2014", null)).contains(DateValues.parse("2014", null, null));
        assertThat(proposer.propose("last month", d("2014-12-05"))).isEmpty();
        assertThat(proposer.propose("2014-02-30", null)).isEmpty();
    }
}
