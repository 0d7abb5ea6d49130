package org.onrecord.ui.timeline;

import org.onrecord.model.AnchorState;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Origin;
import org.onrecord.model.PublicationDate;
import org.onrecord.model.ReviewState;
import org.onrecord.model.Statement;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * An invented story for the timeline tests: three articles about a harbour bridge contract, with
 * a day, same-day events, a month, a quarter, a year, a day range, a week, vague and open-ended
 * dates, and one undated event.
 */
final class TimelineStory {
    static final long GAZETTE = 1;
    static final long LEDGER = 2;
    static final long REVIEW = 3;

    static final long VOTE = 100;          // 18 Nov 2014, day
    static final long TENDER = 101;        // Oct 2014, month
    static final long ESTIMATES = 102;     // "a few months ago": open start, ends 12 Mar 2015
    static final long INVOICE = 103;       // 27 Feb 2015, day
    static final long TALKS = 104;         // 5–16 Jan 2015, day range
    static final long HALT = 105;          // Q1 2015
    static final long STUDY = 106;         // 2014, year
    static final long AUDIT = 107;         // ≈ May–Jul 2015, vague with both bounds
    static final long REOPENING = 108;     // "once repairs end": undated
    static final long INQUIRY = 109;       // "since then": open end, from 20 Jun 2015
    static final long SIGNING = 110;       // 18 Nov 2014, day (same day as the vote)
    static final long INSPECTIONS = 111;   // week 9 of 2015

    static final long MAYOR = 10;
    static final long BRIGHTLINE = 11;
    static final long COUNCIL = 12;

    private TimelineStory() {
    }

    static CaseSnapshot snapshot() {
        List<ArticleSummary> articles = List.of(
                article(GAZETTE, "Council awards harbour bridge contract", "Harbour Gazette", LocalDate.of(2014, 12, 3)),
                article(LEDGER, "Contractor denies cost overrun", "Daily Ledger", LocalDate.of(2015, 3, 12)),
                article(REVIEW, "A troubled bridge, month by month", "Weekly Review", LocalDate.of(2015, 6, 20)));
        List<Entity> entities = List.of(entity(MAYOR, "Ana Ruiz", EntityType.PERSON),
                entity(BRIGHTLINE, "Brightline Construction", EntityType.ORGANIZATION),
                entity(COUNCIL, "City Council", EntityType.ORGANIZATION));
        List<Event> events = List.of(
                event(VOTE, GAZETTE, 100, "on 18 November", DateValue.day(LocalDate.of(2014, 11, 18)), "Council votes to award the contract"),
                event(SIGNING, GAZETTE, 400, "that afternoon", DateValue.day(LocalDate.of(2014, 11, 18)), "Mayor signs the deal"),
                event(TENDER, GAZETTE, 900, "in October", range("2014-10", 2014, 10, 1, 2014, 10, 31, DatePrecision.MONTH), "Tender opened"),
                event(STUDY, REVIEW, 100, "in 2014", range("2014", 2014, 1, 1, 2014, 12, 31, DatePrecision.YEAR), "Feasibility study"),
                event(TALKS, LEDGER, 100, "from 5 to 16 January", range("2015-01-05/2015-01-16", 2015, 1, 5, 2015, 1, 16, DatePrecision.DAY),
                        "Price talks"),
                event(INSPECTIONS, LEDGER, 700, "in the last week of February",
                        range("2015-W09", 2015, 2, 23, 2015, 3, 1, DatePrecision.WEEK), "Site inspections"),
                event(INVOICE, LEDGER, 400, "on 27 February", DateValue.day(LocalDate.of(2015, 2, 27)), "Brightline sends invoice"),
                event(ESTIMATES, LEDGER, 1200, "a few months ago",
                        new DateValue("PAST_REF", null, LocalDate.of(2015, 3, 12), DatePrecision.VAGUE), "Cost estimates revised"),
                event(HALT, REVIEW, 400, "in the first quarter", range("2015-Q1", 2015, 1, 1, 2015, 3, 31, DatePrecision.QUARTER), "Work halted"),
                event(AUDIT, REVIEW, 700, "in early summer", range("2015-SU", 2015, 5, 1, 2015, 7, 31, DatePrecision.VAGUE), "Audit expected"),
                event(INQUIRY, REVIEW, 1000, "since then",
                        new DateValue("2015-06-20/", LocalDate.of(2015, 6, 20), null, DatePrecision.VAGUE), "Inquiry ongoing"),
                event(REOPENING, REVIEW, 1500, "once repairs end", new DateValue("FUTURE_REF", null, null, DatePrecision.VAGUE),
                        "Bridge to reopen"));
        List<Mention> mentions = List.of(
                mention(1, COUNCIL, GAZETTE, 60), mention(2, MAYOR, GAZETTE, 380), mention(3, BRIGHTLINE, LEDGER, 420),
                mention(4, BRIGHTLINE, LEDGER, 1220), mention(5, COUNCIL, REVIEW, 420), mention(6, MAYOR, REVIEW, 1030));
        return CaseSnapshot.of(articles, entities, mentions, List.<Statement>of(), events, List.of());
    }

    static ArticleSummary article(long id, String title, String outlet, LocalDate published) {
        return new ArticleSummary(id, id + ".html", title, outlet, PublicationDate.day(published), 0, 0, 0);
    }

    static Entity entity(long id, String name, EntityType type) {
        return new Entity(id, name, type, List.of(), Origin.RESEARCHER, ReviewState.ACCEPTED);
    }

    static Event event(long id, long articleId, int start, String words, DateValue date, String description) {
        return new Event(id, articleId, new TextSpan(start, start + words.length(), words), date, description, false,
                Origin.RESEARCHER, ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    static Mention mention(long id, long entityId, long articleId, int start) {
        return new Mention(id, entityId, articleId, new TextSpan(start, start + 8, "somebody"), Origin.RESEARCHER,
                ReviewState.ACCEPTED, AnchorState.ANCHORED);
    }

    static DateValue range(String value, int y1, int m1, int d1, int y2, int m2, int d2, DatePrecision precision) {
        return new DateValue(value, LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2), precision);
    }
}
