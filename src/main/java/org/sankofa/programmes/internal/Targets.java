package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CaseFigures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.EnrolledCases;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.IndicatorValues;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.PlanActivities;
import org.sankofa.programmes.ProgrammeFeed;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.TargetMeasure;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's targets and their progress. Adding or changing a target is checked whole before anything is written
 * (422: no measure, a period that is not an ISO period or lies outside the programme, a manual target without a plans
 * indicator entered by hand); progress is never typed but counted each time it is shown: from the cases enrolled in
 * the programme ({@link EnrolledCases}: only what happened while enrolled, each case once), the countries covered,
 * the events that serve it ({@link ProgrammeFeed}), the plan activities it serves ({@link PlanActivities}) and, for a
 * manual figure, the plans indicator's values
 * ({@link IndicatorValues}).
 */
@Service
public class Targets {

    static final int LABEL = 300;
    static final int MAX_VALUES = 60;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Programmes programmes;
    private final EnrolledCases cases;
    private final IndicatorValues indicators;
    private final List<ProgrammeFeed> feeds;
    private final PlanActivities activities;

    Targets(JdbcClient jdbc, AuditLog audit, Programmes programmes, EnrolledCases cases,
            IndicatorValues indicators, List<ProgrammeFeed> feeds, PlanActivities activities) {
        this.activities = activities;
        this.jdbc = jdbc;
        this.audit = audit;
        this.programmes = programmes;
        this.cases = cases;
        this.indicators = indicators;
        this.feeds = feeds;
    }

    // ---- reading

    public List<Target> targets(long programmeId) {
        Map<Long, List<Target.Value>> values = new LinkedHashMap<>();
        jdbc.sql("""
                select v.* from programme_target_value v join programme_target t on t.id = v.target_id
                where t.programme_id = ? order by v.period_start, v.period_end desc""").param(programmeId)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>()).add(new Target.Value(
                            rs.getString("period"), rs.getObject("period_start", LocalDate.class),
                            rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("value")));
                });
        return jdbc.sql("select * from programme_target where programme_id = ? order by position").param(programmeId)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("position"),
                        TargetMeasure.valueOf(rs.getString("measure")), rs.getString("label"),
                        rs.getBigDecimal("baseline"), (Long) rs.getObject("indicator_id", Long.class),
                        values.getOrDefault(rs.getLong("id"), List.of()), rs.getInt("version")))
                .list();
    }

    /** The target of the programme (404 when there is none). */
    public Target target(long programmeId, long targetId) {
        return targets(programmeId).stream().filter(t -> t.id() == targetId).findFirst()
                .orElseThrow(() -> new NotFoundException("target"));
    }

    /** The progress of every target of the programme, from its first day to today (or its last day). */
    @Transactional(readOnly = true)
    public List<Progress> progress(Programme programme) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate until = programme.endsOn() != null && programme.endsOn().isBefore(today) ? programme.endsOn()
                : today;
        List<Progress> list = new ArrayList<>();
        for (Target target : targets(programme.id())) {
            Achieved all = until.isBefore(programme.startsOn()) ? Achieved.notCounted()
                    : achieved(programme, target, programme.startsOn(), until);
            List<Progress.PeriodProgress> periods = target.values().stream()
                    .map(v -> new Progress.PeriodProgress(v.period(), v.value(),
                            achieved(programme, target, v.start(), v.end())))
                    .toList();
            list.add(new Progress(target, all, periods));
        }
        return list;
    }

    /** What serves the programme in the other modules (the events linked to it), as their feeds list it. */
    public List<ProgrammeFeed.Served> served(Programme programme) {
        List<ProgrammeFeed.Served> all = new ArrayList<>();
        feeds.forEach(feed -> all.addAll(feed.served(programme.programmeId())));
        return all;
    }

    /** How many cases are enrolled in the programme (whatever their office). */
    public long enrolledCount(Programme programme) {
        return jdbc.sql("select count(*) from programme_enrolment where programme_id = ?").param(programme.id())
                .query(Long.class).single();
    }

    /**
     * What the target achieved between {@code from} and {@code to} (both days included, cut to the programme's
     * period), counted from the records.
     */
    public Achieved achieved(Programme programme, Target target, LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(programme.startsOn()) ? programme.startsOn() : from;
        LocalDate end = programme.endsOn() != null && to.isAfter(programme.endsOn()) ? programme.endsOn() : to;
        if (end.isBefore(start)) {
            return new Achieved(0, Map.of(), Map.of(), Map.of(), true, true);
        }
        return switch (target.measure().source()) {
            case CASES -> fromCases(programme, target.measure(), start, end);
            case PROGRAMME -> countries(programme, end);
            case EVENTS -> fromFeeds(programme, target.measure(), start, end);
            case PLANS -> activitiesCompleted(programme, start, end);
            case INDICATOR -> fromIndicator(target, start, end);
        };
    }

    private Achieved fromCases(Programme programme, TargetMeasure measure, LocalDate from, LocalDate to) {
        List<EnrolledCases.Enrolment> enrolments = jdbc.sql("select case_id, enrolled_on, left_on from"
                + " programme_enrolment where programme_id = ?").param(programme.id())
                .query((rs, n) -> new EnrolledCases.Enrolment(CaseId.of(rs.getLong(1)),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
        EnrolledCases.Outcome outcome = switch (measure) {
            case CHILDREN_ASSISTED -> EnrolledCases.Outcome.ASSISTED;
            case CHILDREN_RETURNED -> EnrolledCases.Outcome.RETURNED;
            case CHILDREN_REINTEGRATED -> EnrolledCases.Outcome.REINTEGRATED;
            case REFERRALS_COMPLETED -> EnrolledCases.Outcome.REFERRAL_COMPLETED;
            default -> throw new IllegalArgumentException("not a measure of the cases: " + measure);
        };
        boolean children = measure != TargetMeasure.REFERRALS_COMPLETED;
        long total = 0;
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> bySex = new TreeMap<>();
        Map<String, Long> byBand = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            byBand.put(band.label(), 0L);
        }
        for (CaseFigures.Group g : cases.groups(outcome, children, enrolments, from, to)) {
            total += g.persons();
            byCountry.merge(g.country() == null ? "" : g.country(), g.persons(), Long::sum);
            bySex.merge(g.sex(), g.persons(), Long::sum);
            byBand.merge(band(g.age()).label(), g.persons(), Long::sum);
        }
        if (children) {
            byBand.remove(AgeBand.A18_24.label());
            byBand.remove(AgeBand.A25_PLUS.label());
        }
        return new Achieved(total, byCountry, bySex, byBand, true, true);
    }

    private static AgeBand band(int age) {
        for (AgeBand band : AgeBand.values()) {
            if (age >= band.min() && age <= band.max()) {
                return band;
            }
        }
        return AgeBand.A25_PLUS;
    }

    private static Achieved countries(Programme programme, LocalDate on) {
        Map<String, Long> byCountry = new TreeMap<>();
        programme.countriesOn(on).forEach(c -> byCountry.put(c, 1L));
        return new Achieved(byCountry.size(), byCountry, Map.of(), Map.of(), true, true);
    }

    /** The plan activities the programme serves that were completed, their actual last day in the span. */
    private Achieved activitiesCompleted(Programme programme, LocalDate from, LocalDate to) {
        long done = activities.progress(programme.activities().stream().map(PlanActivities.ActivityRef::id)
                .toList()).stream()
                .filter(a -> a.status() == ActivityStatus.COMPLETED && a.actualEnd() != null
                        && !a.actualEnd().isBefore(from) && !a.actualEnd().isAfter(to))
                .count();
        return new Achieved(done, Map.of(), Map.of(), Map.of(), true, true);
    }

    private Achieved fromFeeds(Programme programme, TargetMeasure measure, LocalDate from, LocalDate to) {
        for (ProgrammeFeed feed : feeds) {
            if (feed.counts(measure)) {
                Map<String, Long> byCountry = new TreeMap<>(feed.count(measure, programme.programmeId(), from, to));
                long total = byCountry.values().stream().mapToLong(Long::longValue).sum();
                return new Achieved(total, byCountry, Map.of(), Map.of(), true, true);
            }
        }
        return Achieved.notCounted();
    }

    private Achieved fromIndicator(Target target, LocalDate from, LocalDate to) {
        if (target.indicatorId() == null) {
            return Achieved.notCounted();
        }
        List<IndicatorValues.PeriodValue> values = indicators.values(target.indicatorId(), from, to);
        // the finest periods only would double count a year and its quarters: take the values of one kind of period,
        // the longest that has values
        int longest = values.stream().mapToInt(v -> v.period().length()).min().orElse(0);
        BigDecimal sum = BigDecimal.ZERO;
        boolean approved = true;
        for (IndicatorValues.PeriodValue v : values) {
            if (v.period().length() == longest) {
                sum = sum.add(v.value());
                approved &= v.approved();
            }
        }
        return new Achieved(sum.longValue(), Map.of(), Map.of(), Map.of(), true, approved);
    }

    // ---- changing

    @Transactional
    public Target add(ProgrammeId programmeId, TargetDraft draft, CurrentUser user) {
        Programme programme = programmes.editable(programmeId, user);
        Map<String, IsoPeriod> periods = check(programme, draft);
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from programme_target where programme_id = ?")
                .param(programme.id()).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into programme_target (programme_id, position, measure, label, baseline, indicator_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(programme.id(), position, draft.measure().name(), draft.label().strip(), draft.baseline(),
                        draft.measure() == TargetMeasure.MANUAL ? draft.indicatorId() : null)
                .query(Long.class).single();
        writeValues(id, draft, periods);
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_TARGET_ADDED", "programme", programme.id(),
                "target=" + id + " measure=" + draft.measure()));
        return target(programme.id(), id);
    }

    @Transactional
    public Target update(ProgrammeId programmeId, long targetId, int expectedVersion, TargetDraft draft,
            CurrentUser user) {
        Programme programme = programmes.editable(programmeId, user);
        target(programme.id(), targetId);
        Map<String, IsoPeriod> periods = check(programme, draft);
        int updated = jdbc.sql("""
                update programme_target set measure = ?, label = ?, baseline = ?, indicator_id = ?,
                    version = version + 1
                where id = ? and programme_id = ? and version = ?""")
                .params(draft.measure().name(), draft.label().strip(), draft.baseline(),
                        draft.measure() == TargetMeasure.MANUAL ? draft.indicatorId() : null, targetId,
                        programme.id(), expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConflictException("error.stale");
        }
        jdbc.sql("delete from programme_target_value where target_id = ?").param(targetId).update();
        writeValues(targetId, draft, periods);
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_TARGET_UPDATED", "programme", programme.id(),
                "target=" + targetId));
        return target(programme.id(), targetId);
    }

    @Transactional
    public void remove(ProgrammeId programmeId, long targetId, CurrentUser user) {
        Programme programme = programmes.editable(programmeId, user);
        target(programme.id(), targetId);
        jdbc.sql("delete from programme_target where id = ? and programme_id = ?").params(targetId, programme.id())
                .update();
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_TARGET_REMOVED", "programme", programme.id(),
                "target=" + targetId));
    }

    private void writeValues(long targetId, TargetDraft draft, Map<String, IsoPeriod> periods) {
        for (Map.Entry<String, IsoPeriod> e : periods.entrySet()) {
            jdbc.sql("insert into programme_target_value (target_id, period, period_start, period_end, value)"
                    + " values (?, ?, ?, ?, ?)").params(targetId, e.getKey(), e.getValue().start(),
                            e.getValue().end(), draft.values().get(e.getKey())).update();
        }
    }

    /** Every rule of a target (422, all at once); the periods read, by their text. */
    Map<String, IsoPeriod> check(Programme programme, TargetDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.measure() == null) {
            errors.put("measure", "programme.target.measure.required");
        }
        Texts.check(errors, "label", d.label(), true, LABEL);
        if (d.baseline() != null && (d.baseline().signum() < 0
                || d.baseline().compareTo(new BigDecimal("99999999999999")) > 0)) {
            errors.put("baseline", "programme.target.value.range");
        }
        if (d.measure() == TargetMeasure.MANUAL) {
            if (d.indicatorId() == null) {
                errors.put("indicator", "programme.target.indicator.required");
            } else if (indicators.manualIndicator(d.indicatorId()).isEmpty()) {
                errors.put("indicator", "programme.target.indicator.unknown");
            }
        }
        Map<String, IsoPeriod> periods = new TreeMap<>();
        if (d.values().size() > MAX_VALUES) {
            errors.put("values", "validation.too.long");
        }
        IsoPeriod programmeSpan = null;
        for (Map.Entry<String, BigDecimal> e : d.values().entrySet()) {
            String text = e.getKey() == null ? null : e.getKey().strip();
            IsoPeriod period = IsoPeriod.parse(text).orElse(null);
            if (period == null) {
                errors.put("values", "programme.target.period.invalid");
            } else if (period.end().isBefore(programme.startsOn())
                    || programme.endsOn() != null && period.start().isAfter(programme.endsOn())) {
                errors.put("values", "programme.target.period.outside");
            } else if (e.getValue() == null || e.getValue().signum() < 0
                    || e.getValue().compareTo(new BigDecimal("99999999999999")) > 0) {
                errors.put("values", "programme.target.value.range");
            } else {
                periods.put(text, period);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return periods;
    }
}
