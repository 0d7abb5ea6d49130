package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words that look temporal but, in their sentence, say no time a timeline could hold. */
class NotATimelineDateTest {
    static final LocalDate TUESDAY_14_MAY_2019 = LocalDate.of(2019, 5, 14);
    final TemporalExpressionFinder finder = new TemporalExpressionFinder();

    List<String> texts(String text) {
        return finder.find(text, TUESDAY_14_MAY_2019).stream().map(TemporalExpressionFinder.Found::text).toList();
    }

    @Test
    void aSeasonWordAfterToOrAModalIsTheVerb() {
        assertThat(texts("Analysts expect the currency to fall further.")).isEmpty();
        assertThat(texts("The index could fall below its March low.")).containsExactly("March");
        assertThat(texts("The plant will reopen in the fall.")).containsExactly("the fall");
    }

    @Test
    void orderingAdverbsAreNotTimes() {
        assertThat(texts("The council previously said the bridge was safe.")).isEmpty();
        assertThat(texts("The two towns eventually merged.")).isEmpty();
        assertThat(texts("The mayor recently said the bridge was safe.")).containsExactly("recently");
    }

    @Test
    void soonAsAConjunctionOrCountedFromAnotherEventIsNotATime() {
        assertThat(texts("Work starts as soon as the permit arrives.")).isEmpty();
        assertThat(texts("He resigned shortly after the vote.")).isEmpty();
        assertThat(texts("A decision is expected soon.")).containsExactly("soon");
    }

    @Test
    void theFutureIsATimeOnlyAfterATemporalPreposition() {
        assertThat(texts("The future of the harbour is unclear.")).isEmpty();
        assertThat(texts("Fishermen worry that the future looks bleak.")).isEmpty();
        assertThat(texts("Prices may rise in the future.")).containsExactly("the future");
    }

    @Test
    void aQuotedTitleInTitleCaseNamesAWork() {
        assertThat(texts("The minister said on the programme \"This Week\" that talks would resume.")).isEmpty();
        assertThat(texts("She said \"next week\" was too late.")).containsExactly("next week");
    }

    @Test
    void aSpokenYearIsFoundUnlessItCountsSomething() {
        assertThat(texts("The mill closed in nineteen eighty-four and reopened in two thousand.")).containsExactly(
                "nineteen eighty-four", "two thousand");
        assertThat(texts("Some two thousand people marched.")).isEmpty();
    }

    @Test
    void aNumberWithDecimalsOrThousandsIsAMeasure() {
        assertThat(texts("The index closed at 2014.6 points, up from 1998.")).containsExactly("1998");
    }

    @Test
    void spansLeaveOutWhatBelongsToTheSentence() {
        assertThat(texts("The third-quarter results were weak.")).containsExactly("third-quarter");
        assertThat(texts("The offer was valid as of Friday.")).containsExactly("Friday");
        assertThat(texts("Investors were worried about recent losses.")).containsExactly("recent");
        assertThat(texts("It happened around 7 p.m. on the quay.")).containsExactly("around 7 p.m.");
    }
}
