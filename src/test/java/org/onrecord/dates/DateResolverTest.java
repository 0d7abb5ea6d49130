package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/** One behaviour per test; publication dates are those of the reference case (Fri 5 and Sun 7 Dec 2014). */
class DateResolverTest {
    static final LocalDate FRIDAY_5_DEC = LocalDate.of(2014, 12, 5);
    static final LocalDate SUNDAY_7_DEC = LocalDate.of(2014, 12, 7);
    final DateResolver resolver = new DateResolver();

    Resolution resolve(String expression, LocalDate anchor) {
        return resolver.resolve(expression, anchor).orElseThrow(() -> new AssertionError("did not resolve: " + expression));
    }

    static void assertRange(DateValue d, String from, String to) {
        assertThat(d.from()).as("from").isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(d.to()).as("to").isEqualTo(to == null ? null : LocalDate.parse(to));
    }

    @Nested
    class Absolute {
        @Test
        void isoDayIsThatDay() {
            assertThat(resolve("2014-11-24", null).date()).isEqualTo(DateValue.day(LocalDate.of(2014, 11, 24)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"November 24, 2014", "Nov. 24, 2014", "Nov 24 2014", "24 November 2014", "the 24th of November, 2014", "Monday, Nov. 24, 2014"})
        void writtenOutFullDatesResolveWithoutAPublicationDate(String expression) {
            assertThat(resolve(expression, null).value()).isEqualTo("2014-11-24");
        }

        @Test
        void monthAndYearIsTheWholeMonth() {
            Resolution r = resolve("Nov 2014", null);
            assertThat(r.value()).isEqualTo("2014-11");
            assertThat(r.date().precision()).isEqualTo(DatePrecision.MONTH);
            assertRange(r.date(), "2014-11-01", "2014-11-30");
        }

        @Test
        void yearIsTheWholeYear() {
            Resolution r = resolve("2014", null);
            assertThat(r.value()).isEqualTo("2014");
            assertRange(r.date(), "2014-01-01", "2014-12-31");
        }

        @Test
        void decadeUsesTheTimeMlThreeDigitValue() {
            Resolution r = resolve("the 1990s", null);
            assertThat(r.value()).isEqualTo("199");
            assertThat(r.date().precision()).isEqualTo(DatePrecision.DECADE);
            assertRange(r.date(), "1990-01-01", "1999-12-31");
        }

        @Test
        void quarterWithYearIsThreeMonths() {
            Resolution r = resolve("Q3 2014", null);
            assertThat(r.value()).isEqualTo("2014-Q3");
            assertRange(r.date(), "2014-07-01", "2014-09-30");
            assertThat(resolve("the third quarter of 2014", null).value()).isEqualTo("2014-Q3");
        }

        @Test
        void seasonIsATimeMlSeasonValueWithMeteorologicalMonthsAtQuarterPrecision() {
            Resolution r = resolve("fall 2014", null);
            assertThat(r.value()).isEqualTo("2014-FA");
            assertThat(r.date().precision()).isEqualTo(DatePrecision.QUARTER);
            assertRange(r.date(), "2014-09-01", "2014-11-30");
        }

        @Test
        void bareSeasonTakesTheOneNearestThePublicationDate() {
            assertThat(resolve("summer", FRIDAY_5_DEC).value()).isEqualTo("2014-SU");
        }

        @Test
        void bareMonthTakesTheYearNearestThePublicationDate() {
            assertThat(resolve("November", FRIDAY_5_DEC).value()).isEqualTo("2014-11");
            assertThat(resolve("January", FRIDAY_5_DEC).value()).isEqualTo("2015-01");
        }

        @Test
        void bareMonthLeansToThePastWhenBothYearsAreAboutAsNear() {
            // March 1989 ended 214 days before, March 1990 starts 122 days after: news mostly reports what happened
            assertThat(resolve("in March", LocalDate.of(1989, 10, 30)).value()).isEqualTo("1989-03");
        }

        @Test
        void quarterWithoutYearIsTheLastOneBegunEvenInAFutureClause() {
            Resolution r = resolver.resolve("third-quarter", LocalDate.of(1989, 10, 30), "Analysts expect third-quarter profit to fall.").orElseThrow();
            assertThat(r.value()).isEqualTo("1989-Q3");
        }

        @Test
        void theQuarterIsTheLastCompletedOne() {
            assertThat(resolve("the quarter", LocalDate.of(1989, 10, 30)).value()).isEqualTo("1989-Q3");
        }

        @Test
        void theEndOfTheYearIsThePublicationYearsLastPart() {
            Resolution r = resolve("the end of the year", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("2014");
            assertThat(r.mod()).isEqualTo(TimexMod.END);
            assertThat(r.date().to()).isEqualTo(LocalDate.of(2014, 12, 31));
        }

        @Test
        void lastMonthNameIsTheOneBeforeTheCurrentMonth() {
            assertThat(resolve("last December", FRIDAY_5_DEC).value()).isEqualTo("2013-12");
        }

        @Test
        void christmasIsTheTwentyFifthOfDecemberNearestThePublicationDate() {
            assertThat(resolve("Christmas Day", FRIDAY_5_DEC).value()).isEqualTo("2014-12-25");
            assertThat(resolve("New Year's Day", FRIDAY_5_DEC).value()).isEqualTo("2015-01-01");
        }

        @Test
        void moveableHolidayIsComputedForItsYear() {
            assertThat(resolve("Thanksgiving 2014", null).value()).isEqualTo("2014-11-27");
        }

        @Test
        void isoDateTimeIsATime() {
            Resolution r = resolve("2014-11-24T15:00", null);
            assertThat(r.type()).isEqualTo(TimexType.TIME);
            assertThat(r.value()).isEqualTo("2014-11-24T15:00");
        }

        @Test
        void impossibleDayDoesNotResolve() {
            assertThat(resolver.resolve("Feb. 30", FRIDAY_5_DEC)).isEmpty();
            assertThat(resolver.resolve("2014-13-01", FRIDAY_5_DEC)).isEmpty();
        }
    }

    @Nested
    class MonthDayWithoutYear {
        @Test
        void monthDayWithoutYearTakesTheYearNearestThePublicationDate() {
            assertThat(resolve("Nov. 24", FRIDAY_5_DEC).value()).isEqualTo("2014-11-24");
            assertThat(resolve("Jan. 3", LocalDate.of(2014, 12, 20)).value()).isEqualTo("2015-01-03");
            assertThat(resolve("Dec. 28", LocalDate.of(2015, 1, 4)).value()).isEqualTo("2014-12-28");
        }

        @Test
        void decemberTwentyFifthInAFilmSetToBowIsThisYearNotLast() {
            Resolution r = resolver.resolve("Dec. 25", FRIDAY_5_DEC, "Sony's \u201cThe Interview,\u201d set to bow Dec. 25, was leaked.").orElseThrow();
            assertThat(r.value()).isEqualTo("2014-12-25");
        }

        @Test
        void dayBeforeMonthWorksAsWell() {
            assertThat(resolve("24 November", FRIDAY_5_DEC).value()).isEqualTo("2014-11-24");
        }

        @Test
        void clearPastTenseTakesTheLastOneBeforePublication() {
            Resolution r = resolver.resolve("Dec. 25", FRIDAY_5_DEC, "The film was released on Dec. 25.").orElseThrow();
            assertThat(r.value()).isEqualTo("2013-12-25");
        }

        @Test
        void clearFutureTenseTakesTheNextOneAfterPublication() {
            Resolution r = resolver.resolve("Nov. 24", FRIDAY_5_DEC, "The sequel will open Nov. 24.").orElseThrow();
            assertThat(r.value()).isEqualTo("2015-11-24");
        }

        @Test
        void tenseIsReadFromTheDatesOwnClause() {
            Resolution r = resolver.resolve("Nov. 24", FRIDAY_5_DEC, "The hack, discovered Nov. 24, will cost millions.").orElseThrow();
            assertThat(r.value()).isEqualTo("2014-11-24");
        }

        @Test
        void explanationSaysWhichYearWasTakenAndWhy() {
            assertThat(resolve("Dec. 25", FRIDAY_5_DEC).explanation()).contains("2014").contains("nearest the publication date");
        }

        @Test
        void monthDayNeedsAPublicationDate() {
            assertThat(resolver.resolve("Nov. 24", null)).isEmpty();
        }
    }

    @Nested
    class Weekdays {
        @Test
        void bareWeekdayIsTheOneOfThePublicationWeekBeforePublication() {
            assertThat(resolve("Tuesday", FRIDAY_5_DEC).value()).isEqualTo("2014-12-02");
        }

        @Test
        void weekdayOfThePublicationDayIsThatDay() {
            assertThat(resolve("on Sunday", SUNDAY_7_DEC).value()).isEqualTo("2014-12-07");
        }

        @Test
        void lastWeekdayIsStrictlyBeforePublication() {
            assertThat(resolve("last Friday", FRIDAY_5_DEC).value()).isEqualTo("2014-11-28");
        }

        @Test
        void nextWeekdayIsStrictlyAfterPublication() {
            assertThat(resolve("next Tuesday", FRIDAY_5_DEC).value()).isEqualTo("2014-12-09");
        }

        @Test
        void weekdayInAFutureClauseIsTheNextOne() {
            Resolution r = resolver.resolve("Monday", FRIDAY_5_DEC, "The studio will decide on Monday.").orElseThrow();
            assertThat(r.value()).isEqualTo("2014-12-08");
        }
    }

    @Nested
    class RelativeToPublication {
        @Test
        void yesterdayTodayTomorrow() {
            assertThat(resolve("yesterday", FRIDAY_5_DEC).value()).isEqualTo("2014-12-04");
            assertThat(resolve("Today", FRIDAY_5_DEC).value()).isEqualTo("2014-12-05");
            assertThat(resolve("tomorrow", FRIDAY_5_DEC).value()).isEqualTo("2014-12-06");
        }

        @Test
        void anaphoricDayIsCountedFromPublicationAndSaysSo() {
            Resolution r = resolve("the day before", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("2014-12-04");
            assertThat(r.explanation()).contains("for want of");
        }

        @Test
        void countedDaysAgoAndLater() {
            assertThat(resolve("two days ago", FRIDAY_5_DEC).value()).isEqualTo("2014-12-03");
            assertThat(resolve("three days later", FRIDAY_5_DEC).value()).isEqualTo("2014-12-08");
            assertThat(resolve("two days after", FRIDAY_5_DEC).value()).isEqualTo("2014-12-07");
        }

        @Test
        void weekReferencesAreIsoWeeks() {
            assertThat(resolve("this week", FRIDAY_5_DEC).value()).isEqualTo("2014-W49");
            assertThat(resolve("last week", FRIDAY_5_DEC).value()).isEqualTo("2014-W48");
            assertThat(resolve("next week", FRIDAY_5_DEC).value()).isEqualTo("2014-W50");
        }

        @Test
        void earlierThisWeekIsTheWeekUpToTheDayBeforePublication() {
            Resolution r = resolve("Earlier this week", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("2014-W49");
            assertRange(r.date(), "2014-12-01", "2014-12-04");
        }

        @Test
        void lastMonthIsTheWholePreviousMonth() {
            Resolution r = resolve("last month", SUNDAY_7_DEC);
            assertThat(r.value()).isEqualTo("2014-11");
            assertThat(r.date().precision()).isEqualTo(DatePrecision.MONTH);
            assertRange(r.date(), "2014-11-01", "2014-11-30");
        }

        @Test
        void thisAndNextMonth() {
            assertThat(resolve("this month", SUNDAY_7_DEC).value()).isEqualTo("2014-12");
            assertThat(resolve("next month", SUNDAY_7_DEC).value()).isEqualTo("2015-01");
        }

        @Test
        void yearReferences() {
            assertThat(resolve("this year", FRIDAY_5_DEC).value()).isEqualTo("2014");
            assertThat(resolve("last year", FRIDAY_5_DEC).value()).isEqualTo("2013");
            assertThat(resolve("next year", FRIDAY_5_DEC).value()).isEqualTo("2015");
        }

        @Test
        void lastWeekendIsTheWeekendOfThePreviousWeek() {
            Resolution r = resolve("last weekend", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("2014-W48-WE");
            assertRange(r.date(), "2014-11-29", "2014-11-30");
        }

        @Test
        void partOfTheDayIsATimeOnThatDay() {
            Resolution r = resolve("this morning", SUNDAY_7_DEC);
            assertThat(r.type()).isEqualTo(TimexType.TIME);
            assertThat(r.value()).isEqualTo("2014-12-07TMO");
            assertThat(resolve("tonight", SUNDAY_7_DEC).value()).isEqualTo("2014-12-07TNI");
        }

        @Test
        void clockTimeWithADayIsATimeOnThatDay() {
            Resolution r = resolve("5 p.m. EST, Nov. 9", LocalDate.of(1989, 11, 2));
            assertThat(r.type()).isEqualTo(TimexType.TIME);
            assertThat(r.value()).isEqualTo("1989-11-09T17:00");
            assertThat(resolve("noon Monday", FRIDAY_5_DEC).value()).isEqualTo("2014-12-01T12:00");
        }

        @Test
        void clockTimeAloneIsTakenOnThePublicationDateAndSaysSo() {
            Resolution r = resolve("7:15 p.m.", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("2014-12-05T19:15");
            assertThat(r.explanation()).contains("publication date");
            assertThat(resolver.resolve("13 p.m.", FRIDAY_5_DEC)).isEmpty();
        }

        @Test
        void lateNovemberIsTheMonthValueNarrowedToItsLastThird() {
            Resolution r = resolve("late November", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("2014-11");
            assertThat(r.mod()).isEqualTo(TimexMod.END);
            assertRange(r.date(), "2014-11-21", "2014-11-30");
        }

        @Test
        void relativeExpressionsNeedAPublicationDate() {
            assertThat(resolver.resolve("yesterday", null)).isEmpty();
            assertThat(resolver.resolve("last month", null)).isEmpty();
        }
    }

    @Nested
    class Vague {
        @Test
        void aFewMonthsAgoStaysVagueWithAnHonestRange() {
            Resolution r = resolve("a few months ago", SUNDAY_7_DEC);
            assertThat(r.value()).isEqualTo("PAST_REF");
            assertThat(r.date().precision()).isEqualTo(DatePrecision.VAGUE);
            assertThat(r.date().isExactDay()).isFalse();
            // gold: roughly June to October 2014; last month would be wrong
            assertThat(r.date().from()).isAfterOrEqualTo(LocalDate.of(2014, 6, 1));
            assertThat(r.date().to()).isBeforeOrEqualTo(LocalDate.of(2014, 10, 31));
        }

        @Test
        void recentlyIsAPastReferenceEndingAtPublication() {
            Resolution r = resolve("recently", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("PAST_REF");
            assertThat(r.date().to()).isEqualTo(FRIDAY_5_DEC);
        }

        @Test
        void recentAndCurrentAsAdjectivesAreVague() {
            assertThat(resolve("recent", FRIDAY_5_DEC).value()).isEqualTo("PAST_REF");
            assertThat(resolve("current", FRIDAY_5_DEC).value()).isEqualTo("PRESENT_REF");
        }

        @Test
        void severalWeeksAgoIsPastNotADay() {
            Resolution r = resolve("several weeks ago", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("PAST_REF");
            assertThat(r.date().to()).isBefore(FRIDAY_5_DEC);
        }

        @Test
        void inRecentYearsAndEarlierArePast() {
            assertThat(resolve("in recent years", FRIDAY_5_DEC).value()).isEqualTo("PAST_REF");
            Resolution earlier = resolve("earlier", FRIDAY_5_DEC);
            assertThat(earlier.value()).isEqualTo("PAST_REF");
            assertThat(earlier.date().from()).isNull();
        }

        @Test
        void soonAndTheComingWeeksAreFuture() {
            assertThat(resolve("soon", FRIDAY_5_DEC).value()).isEqualTo("FUTURE_REF");
            Resolution coming = resolve("in the coming weeks", FRIDAY_5_DEC);
            assertThat(coming.value()).isEqualTo("FUTURE_REF");
            assertThat(coming.date().from()).isEqualTo(FRIDAY_5_DEC);
        }

        @Test
        void nowAndCurrentlyArePresent() {
            assertThat(resolve("now", FRIDAY_5_DEC).value()).isEqualTo("PRESENT_REF");
            assertThat(resolve("currently", FRIDAY_5_DEC).value()).isEqualTo("PRESENT_REF");
        }

        @Test
        void vagueReferenceWithoutPublicationDateHasOpenEnds() {
            Resolution r = resolve("a few months ago", null);
            assertThat(r.value()).isEqualTo("PAST_REF");
            assertRange(r.date(), null, null);
        }
    }

    @Nested
    class DurationsAndSets {
        @Test
        void countedSpanIsADurationWithoutDays() {
            Resolution r = resolve("three days", FRIDAY_5_DEC);
            assertThat(r.type()).isEqualTo(TimexType.DURATION);
            assertThat(r.value()).isEqualTo("P3D");
            assertThat(r.belongsOnTimeline()).isFalse();
            assertRange(r.date(), null, null);
            assertThat(resolve("two years", FRIDAY_5_DEC).value()).isEqualTo("P2Y");
        }

        @Test
        void uncountedSpanUsesX() {
            assertThat(resolve("for weeks", FRIDAY_5_DEC).value()).isEqualTo("PXW");
        }

        @Test
        void qualifierBecomesTheMod() {
            Resolution r = resolve("more than a week", FRIDAY_5_DEC);
            assertThat(r.value()).isEqualTo("P1W");
            assertThat(r.mod()).isEqualTo(TimexMod.MORE_THAN);
        }

        @Test
        void quarterlyIsASet() {
            Resolution r = resolve("quarterly", FRIDAY_5_DEC);
            assertThat(r.type()).isEqualTo(TimexType.SET);
            assertThat(r.value()).isEqualTo("P3M");
        }
    }

    @Nested
    class Surface {
        @ParameterizedTest
        @ValueSource(strings = {"NOV. 24", "on Nov. 24", "since Nov. 24", "by Nov. 24,", "  nov 24 ", "(Nov. 24)"})
        void casePrepositionsAndPunctuationDoNotChangeTheValue(String expression) {
            assertThat(resolve(expression, FRIDAY_5_DEC).value()).isEqualTo("2014-11-24");
        }

        @Test
        void inTwoThousandNineteenIsTheYear() {
            assertThat(resolve("in 2019", FRIDAY_5_DEC).value()).isEqualTo("2019");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "blah", "the meeting", "twenty people", "2014 people", "Sunday Times", "$2014"})
        void unknownExpressionsResolveToNothing(String expression) {
            assertThat(resolver.resolve(expression, FRIDAY_5_DEC)).isEmpty();
        }
    }
}
