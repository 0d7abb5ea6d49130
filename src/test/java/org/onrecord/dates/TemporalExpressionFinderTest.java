package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalExpressionFinderTest {
    static final LocalDate FRIDAY_5_DEC = LocalDate.of(2014, 12, 5);
    final TemporalExpressionFinder finder = new TemporalExpressionFinder();

    List<String> texts(String text) {
        return finder.find(text, FRIDAY_5_DEC).stream().map(TemporalExpressionFinder.Found::text).toList();
    }

    @Test
    void findsTheExactSpanWithUtf16Offsets() {
        String text = "\uD83D\uDE00 The attack came on Nov. 24, officials said.";
        var found = finder.find(text, FRIDAY_5_DEC);
        assertThat(found).hasSize(1);
        var f = found.getFirst();
        assertThat(text.substring(f.start(), f.end())).isEqualTo("Nov. 24");
        assertThat(f.resolution().orElseThrow().value()).isEqualTo("2014-11-24");
    }

    @Test
    void leavesTheLeadingPrepositionOutOfTheSpan() {
        assertThat(texts("North Korea denied it on Sunday.")).containsExactly("Sunday");
        assertThat(texts("The law passed in 2014.")).containsExactly("2014");
    }

    @Test
    void keepsTheLongestExpression() {
        assertThat(texts("Earlier this week, a memo went out.")).containsExactly("Earlier this week");
        assertThat(texts("It happened on November 24, 2014, officials said.")).containsExactly("November 24, 2014");
        assertThat(texts("It happened on November 24, 2014, at noon.")).containsExactly("November 24, 2014, at noon");
        assertThat(texts("That was a few months ago.")).containsExactly("a few months ago");
    }

    @Test
    void mayAsAModalVerbIsNotAMonth() {
        assertThat(texts("The studio may be forced to delay the film.")).isEmpty();
        assertThat(texts("Officials said they may announce more.")).isEmpty();
    }

    @Test
    void mayWithADayIsAMonthEvenAtTheStartOfASentence() {
        assertThat(texts("May 5 was the deadline.")).containsExactly("May 5");
        assertThat(texts("The vote is due in May.")).containsExactly("May");
    }

    @Test
    void marchAsAVerbIsNotAMonth() {
        assertThat(texts("Protesters will march on the embassy.")).isEmpty();
        assertThat(texts("They March on Washington every year.")).containsExactly("every year");
    }

    @Test
    void weekdayInAPaperNameIsNotADate() {
        assertThat(texts("The Sunday Times reported the leak.")).isEmpty();
    }

    @Test
    void numberThatIsNotAYearIsNotADate() {
        assertThat(texts("Some 2000 employees were affected.")).isEmpty();
        assertThat(texts("The fine was $2014.")).isEmpty();
    }

    @Test
    void yearBeforeANounIsStillAYear() {
        assertThat(texts("The charge hits the company's 1989 operating results.")).containsExactly("1989");
        assertThat(texts("For 1988, BellSouth earned $1.7 billion.")).containsExactly("1988");
    }

    @Test
    void seasonWordAsAVerbIsNotADate() {
        assertThat(texts("The fall in prices surprised traders.")).isEmpty();
        assertThat(texts("Prices fall when supply rises.")).isEmpty();
        assertThat(texts("It was released in the summer.")).containsExactly("the summer");
    }

    @Test
    void resolvesWithTheTenseOfTheSentence() {
        var found = finder.find("Sony's \u201cThe Interview,\u201d set to bow Dec. 25, was pulled.", FRIDAY_5_DEC);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.resolution().orElseThrow().value()).isEqualTo("2014-12-25"));
    }

    @Test
    void findsDurationsAsDurations() {
        var found = finder.find("The speculation has lasted more than a week.", FRIDAY_5_DEC);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("more than a week");
            assertThat(f.resolution().orElseThrow().type()).isEqualTo(TimexType.DURATION);
        });
    }

    @Test
    void withoutPublicationDateRelativeExpressionsAreFoundButNotResolved() {
        var found = finder.find("The memo went out yesterday.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("yesterday");
            assertThat(f.resolution()).isEmpty();
        });
    }

    @Test
    void abbreviationDotsDoNotEndTheSentence() {
        assertThat(texts("The offer expires at 5 p.m. EST Nov. 9, the company said.")).containsExactly("5 p.m. EST Nov. 9");
    }

    @Test
    void doesNotCrossSentences() {
        assertThat(texts("He left in 2013. Monday he returned.")).containsExactly("2013", "Monday");
    }
}
