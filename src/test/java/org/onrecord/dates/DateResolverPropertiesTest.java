package org.onrecord.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;

/** Invariants that must hold for any publication date, not just the reference case's. */
class DateResolverPropertiesTest {
    final DateResolver resolver = new DateResolver();

    @Provide
    Arbitrary<LocalDate> anchors() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> monthDays() {
        return Arbitraries.of(Month.values()).flatMap(m -> Arbitraries.integers().between(1, m.maxLength())
                .map(d -> m.name().substring(0, 1) + m.name().substring(1, 3).toLowerCase(Locale.ROOT) + ". " + d));
    }

    @Provide
    Arbitrary<String> vagueExpressions() {
        return Arbitraries.of("recently", "a few months ago", "several weeks ago", "in recent years", "earlier", "soon",
                "in the coming weeks", "now", "currently", "a few days ago", "some years ago", "years ago", "previously",
                "in the future", "a few weeks from now", "lately", "in recent months");
    }

    @Provide
    Arbitrary<String> anyExpressions() {
        return Arbitraries.of("Nov. 24", "Dec. 25", "last month", "on Sunday", "a few months ago", "earlier this week",
                "in 2019", "the 1990s", "Q3 2014", "fall 2014", "summer", "Christmas", "New Year's Day", "last Friday",
                "next Tuesday", "today", "yesterday", "tomorrow", "the day before", "two days ago", "three days later",
                "this week", "last week", "next week", "this month", "next month", "this year", "last year", "next year",
                "last weekend", "this morning", "tonight", "recently", "several weeks ago", "in recent years", "soon",
                "in the coming weeks", "now", "three days", "for weeks", "late November", "early 2014", "mid-2014",
                "later this month", "the third quarter", "a year ago", "Feb. 29", "the weekend", "the end of the year");
    }

    @Property
    void monthDayIsAlwaysWithinAboutSixMonthsOfThePublicationDate(@ForAll("monthDays") String monthDay, @ForAll("anchors") LocalDate anchor) {
        resolver.resolve(monthDay, anchor).ifPresent(r -> {
            assertThat(r.date().isExactDay()).isTrue();
            long limit = monthDay.equals("Feb. 29") ? 366 : 184; // the nearest leap day may be further than half a year
            assertThat(Math.abs(ChronoUnit.DAYS.between(anchor, r.date().from()))).isLessThanOrEqualTo(limit);
        });
    }

    @Property
    void monthDayAlwaysResolvesExceptTheTwentyNinthOfFebruary(@ForAll("monthDays") String monthDay, @ForAll("anchors") LocalDate anchor) {
        if (!monthDay.equals("Feb. 29")) {
            assertThat(resolver.resolve(monthDay, anchor)).isPresent();
        }
    }

    @Property
    void yesterdayIsTheDayBeforePublication(@ForAll("anchors") LocalDate anchor) {
        assertThat(resolver.resolve("yesterday", anchor).orElseThrow().date()).isEqualTo(DateValue.day(anchor.minusDays(1)));
    }

    @Property
    void lastMonthCoversTheWholePreviousMonthNeverADay(@ForAll("anchors") LocalDate anchor) {
        DateValue d = resolver.resolve("last month", anchor).orElseThrow().date();
        YearMonth previous = YearMonth.from(anchor).minusMonths(1);
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(d.value()).isEqualTo(previous.toString());
        assertThat(d.from()).isEqualTo(previous.atDay(1));
        assertThat(d.to()).isEqualTo(previous.atEndOfMonth());
    }

    @Property
    void weekdayIsTheRightDayWithinAWeekOfPublication(@ForAll DayOfWeek day, @ForAll("anchors") LocalDate anchor,
                                                      @ForAll("weekdayPrefixes") String prefix) {
        String name = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
        DateValue d = resolver.resolve(prefix + name, anchor).orElseThrow().date();
        assertThat(d.isExactDay()).isTrue();
        assertThat(d.from().getDayOfWeek()).isEqualTo(day);
        long distance = ChronoUnit.DAYS.between(anchor, d.from());
        assertThat(Math.abs(distance)).isLessThanOrEqualTo(7);
        switch (prefix) {
            case "last " -> assertThat(distance).isNegative();
            case "next " -> assertThat(distance).isPositive();
            case "", "on " -> assertThat(distance).isNotPositive();
            default -> { }
        }
    }

    @Provide
    Arbitrary<String> weekdayPrefixes() {
        return Arbitraries.of("", "on ", "last ", "next ", "this ");
    }

    @Property
    void vagueReferencesAreNeverDays(@ForAll("vagueExpressions") String expression, @ForAll("anchors") LocalDate anchor) {
        Resolution r = resolver.resolve(expression, anchor).orElseThrow();
        assertThat(r.date().precision()).isEqualTo(DatePrecision.VAGUE);
        assertThat(r.value()).endsWith("_REF");
    }

    @Property
    void rangesNeverEndBeforeTheyStart(@ForAll("anyExpressions") String expression, @ForAll("anchors") LocalDate anchor) {
        resolver.resolve(expression, anchor).ifPresent(r -> {
            DateValue d = r.date();
            if (d.from() != null && d.to() != null) {
                assertThat(d.from()).isBeforeOrEqualTo(d.to());
            }
        });
    }

    @Property
    void timelineRangesContainTheirValue(@ForAll("anyExpressions") String expression, @ForAll("anchors") LocalDate anchor) {
        resolver.resolve(expression, anchor).filter(Resolution::belongsOnTimeline).ifPresent(r -> {
            DateValue d = r.date();
            if (d.precision() == DatePrecision.DAY) {
                assertThat(d.value()).startsWith(d.from().toString());
            }
        });
    }

    @Property
    void durationsAreNeverOnTheTimeline(@ForAll("anyExpressions") String expression, @ForAll("anchors") LocalDate anchor) {
        resolver.resolve(expression, anchor).filter(r -> !r.belongsOnTimeline()).ifPresent(r -> {
            assertThat(r.date().from()).isNull();
            assertThat(r.date().to()).isNull();
        });
    }

    @Property
    void resolvingTheIsoValueOfADayGivesTheSameDay(@ForAll("anyExpressions") String expression, @ForAll("anchors") LocalDate anchor) {
        resolver.resolve(expression, anchor).filter(r -> r.type() == TimexType.DATE && r.date().isExactDay()).ifPresent(r -> {
            DateValue again = resolver.resolve(r.value(), null).orElseThrow().date();
            assertThat(again).isEqualTo(r.date());
        });
    }

    @Property
    void absoluteIsoDaysRoundTrip(@ForAll("anchors") LocalDate day) {
        assertThat(resolver.resolve(day.toString(), null).orElseThrow().date()).isEqualTo(DateValue.day(day));
    }
}
