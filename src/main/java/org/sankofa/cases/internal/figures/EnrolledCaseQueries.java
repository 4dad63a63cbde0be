package org.sankofa.cases.internal.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.sankofa.cases.CaseFigures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.EnrolledCases;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * {@link EnrolledCases} in SQL: the enrolments travel as three arrays (case, first day, last day) and the outcome is
 * looked for inside each case's own window, so a case is counted once however many windows or outcomes it has; the
 * check of a case to enrol is the change check of every case record ({@link CaseAccess#editable}).
 */
@Service
class EnrolledCaseQueries implements EnrolledCases {

    private static final String VICTIM = "c.trafficking_status <> 'NotAVictimOfTrafficking'";

    private final JdbcClient jdbc;
    private final CaseAccess access;

    EnrolledCaseQueries(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public Enrollable enrollable(CurrentUser user, CaseId caseId) {
        CaseFacts facts = access.editable(user, caseId);
        return new Enrollable(caseId, facts.caseNumber(), facts.child(), country(caseId));
    }

    @Override
    public Enrollable readable(CurrentUser user, CaseId caseId) {
        CaseFacts facts = access.readable(user, caseId, "programmes");
        if (facts.readOnly()) {
            throw new AccessDeniedException("the case was transferred to another office");
        }
        return new Enrollable(caseId, facts.caseNumber(), facts.child(), country(caseId));
    }

    private String country(CaseId caseId) {
        return jdbc.sql("select coalesce(citizenship, identified_country) from case_file where id = ?")
                .param(caseId.value()).query(String.class).single();
    }

    @Override
    public List<CaseFigures.Group> groups(Outcome outcome, boolean childrenOnly, Collection<Enrolment> enrolments,
            LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        if (enrolments.isEmpty()) {
            return List.of();
        }
        String[] ids = enrolments.stream().map(e -> e.caseId().toString()).toArray(String[]::new);
        String[] starts = enrolments.stream().map(e -> e.enrolledOn().toString()).toArray(String[]::new);
        String[] ends = enrolments.stream().map(e -> e.leftOn() == null ? null : e.leftOn().toString())
                .toArray(String[]::new);
        String reached = switch (outcome) {
            case ASSISTED -> "exists (select 1 from case_service s where s.case_id = c.id and s.delivered_on"
                    + " between w.first_day and w.last_day)";
            case RETURNED -> "exists (select 1 from case_return_plan r where r.case_id = c.id"
                    + " and r.status = 'ARRIVED' and r.arrived_on between w.first_day and w.last_day)";
            case REINTEGRATED -> "c.closure_reason = 'ReintegrationCompleted'"
                    + " and c.closed_on between w.first_day and w.last_day";
            case REFERRAL_COMPLETED -> "exists (select 1 from case_referral f where f.case_id = c.id"
                    + " and f.status = 'COMPLETED' and f.completed_on between w.first_day and w.last_day)";
        };
        String sql = "with e (case_id, enrolled_on, left_on) as ("
                + " select * from unnest(cast(:ids as bigint[]), cast(:starts as date[]), cast(:ends as date[]))),"
                + " w (case_id, first_day, last_day) as (select case_id, greatest(enrolled_on, :from),"
                + " least(coalesce(left_on, :to), :to) from e)"
                + " select c.sex, c.age_at_identification as age,"
                + " coalesce(c.citizenship, c.identified_country) as country, count(*) as persons"
                + " from case_file c where c.id = any(cast(:ids as bigint[])) and " + VICTIM
                + (childrenOnly ? " and c.is_child" : "")
                + " and exists (select 1 from w where w.case_id = c.id and w.first_day <= w.last_day and " + reached
                + ") group by 1, 2, 3";
        return jdbc.sql(sql).param("ids", ids).param("starts", starts).param("ends", ends).param("from", from)
                .param("to", to)
                .query((rs, n) -> new CaseFigures.Group(rs.getString("sex"), rs.getInt("age"), List.of(),
                        rs.getString("country"), rs.getLong("persons")))
                .list();
    }

    @Override
    public List<Candidate> childrenReturned(long officeId, int limit) {
        return jdbc.sql("""
                select c.id, c.office_id, c.identified_on, coalesce(c.citizenship, c.identified_country) as country
                from case_file c join case_return_plan r on r.case_id = c.id and r.status = 'ARRIVED'
                where c.office_id = ? and c.is_child and c.trafficking_status <> 'NotAVictimOfTrafficking'
                order by c.identified_on, c.id limit ?""").params(officeId, limit)
                .query((rs, n) -> new Candidate(CaseId.of(rs.getLong(1)), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }
}
