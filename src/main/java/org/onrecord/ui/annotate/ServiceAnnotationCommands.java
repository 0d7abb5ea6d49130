package org.onrecord.ui.annotate;

import org.onrecord.app.AppServices;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.DateValue;
import org.onrecord.model.EntityType;
import org.onrecord.model.TextSpan;
import org.onrecord.store.CaseStore;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The editor's commands over the annotation services of one open case. */
public final class ServiceAnnotationCommands implements AnnotationCommands {
    private final AppServices services;
    private final CaseStore store;
    private final Runnable afterEdit;
    private final org.onrecord.dates.DateResolver resolver = new org.onrecord.dates.DateResolver();

    public ServiceAnnotationCommands(AppServices services, CaseStore store, Runnable afterEdit) {
        this.services = services;
        this.store = store;
        this.afterEdit = afterEdit;
    }

    @Override
    public void addStatement(long articleId, TextSpan span, String kind, String speaker, Long speakerEntity, String via,
                             boolean direct, LocalDate dateSaid, String note) {
        services.annotations().addStatement(store, articleId, span, kind, speaker, speakerEntity, via, direct, dateSaid);
        afterEdit.run();
    }

    @Override
    public void addMention(Long entityId, String name, EntityType type, String alias, long articleId, TextSpan span) {
        long id = entityId != null ? entityId
                : services.annotations().addEntity(store, name, type, alias == null ? List.of() : List.of(alias));
        services.annotations().addMention(store, id, articleId, span);
        afterEdit.run();
    }

    @Override
    public void addEvent(long articleId, TextSpan span, String value, String description) {
        services.annotations().addEvent(store, articleId, span, parse(value), description, true);
        afterEdit.run();
    }

    @Override
    public Optional<ProposedDate> proposeDate(String expression, LocalDate publication) {
        return resolver.resolve(expression, publication)
                .map(r -> new ProposedDate(r.value(), r.date().precision(), r.explanation()));
    }

    static DateValue parse(String value) {
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return DateValue.day(LocalDate.parse(v));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return new DateValue(v, m.atDay(1), m.atEndOfMonth(), DatePrecision.MONTH);
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return new DateValue(v, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
            }
            if (v.matches("\\d{4}-W\\d{2}")) {
                LocalDate monday = LocalDate.parse(v.substring(0, 4) + "-01-04")
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY);
                return new DateValue(v, monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            if (v.equals("PAST_REF") || v.equals("PRESENT_REF") || v.equals("FUTURE_REF")) {
                return new DateValue(v, null, null, DatePrecision.VAGUE);
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("“" + value + "” is not a date value", e);
        }
        throw new IllegalArgumentException("“" + value + "” is not a date value (2014-11-24, 2014-11, 2014-W49, 2014, PAST_REF)");
    }
}
