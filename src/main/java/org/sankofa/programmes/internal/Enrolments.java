package org.sankofa.programmes.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.EnrolledCases;
import org.sankofa.identity.CurrentUser;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.ProgrammeNames;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases joining programmes, from their return or reintegration section: only by case staff, only a case they may
 * change (cases' own check: 404 outside their scope, 403 for an office that transferred it), on a day within the
 * programme's period and not in the future, in a country the programme covered that day; once per programme (a case
 * transferred to another office is already enrolled: 409, never counted twice). Dated and audited, without the
 * case's number in the audit details.
 */
@Service
public class Enrolments {

    /** A programme a case is enrolled in, from a day, and the day it left (null while it stays). */
    public record Enrolment(long programmeId, String code, String title, LocalDate enrolledOn, LocalDate leftOn) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProgrammeAccess access;
    private final Programmes programmes;
    private final EnrolledCases cases;

    Enrolments(JdbcClient jdbc, AuditLog audit, ProgrammeAccess access, Programmes programmes, EnrolledCases cases) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.programmes = programmes;
        this.cases = cases;
    }

    /**
     * Checks that the person may enrol this case or record that it left a programme (404 outside their scope): the
     * check of a change, which records no view of the case.
     */
    @Transactional(readOnly = true)
    public void check(CaseId caseId, CurrentUser user) {
        if (!access.mayEnrol(user)) {
            throw new AccessDeniedException("may not enrol cases");
        }
        cases.enrollable(user, caseId);
    }

    /**
     * The programmes the case is enrolled in (the case checked first: 404 outside the user's scope), the read recorded
     * as a view of the case (so read-write: the view is written with it).
     */
    @Transactional
    public List<Enrolment> of(CaseId caseId, CurrentUser user) {
        if (!access.mayEnrol(user)) {
            throw new AccessDeniedException("may not enrol cases");
        }
        cases.readable(user, caseId);
        return jdbc.sql("""
                select p.id, p.code, p.title, e.enrolled_on, e.left_on from programme_enrolment e
                join programme p on p.id = e.programme_id where e.case_id = ? order by e.enrolled_on, p.code""")
                .param(caseId.value())
                .query((rs, n) -> new Enrolment(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** The programmes running today that a case may join (every one; the rules are checked on enrolment). */
    @Transactional(readOnly = true)
    public List<ProgrammeNames.ProgrammeRef> open() {
        return jdbc.sql("select id, code, title from programme where starts_on <= current_date"
                + " and (ends_on is null or ends_on >= current_date) order by code")
                .query((rs, n) -> new ProgrammeNames.ProgrammeRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional
    public Enrolment enrol(ProgrammeId programmeId, CaseId caseId, LocalDate on, CurrentUser user) {
        if (!access.mayEnrol(user)) {
            throw new AccessDeniedException("may not enrol cases");
        }
        EnrolledCases.Enrollable found = cases.enrollable(user, caseId);
        Programme programme = programmes.programme(programmeId).orElseThrow(() -> new NotFoundException("programme"));
        if (on == null) {
            throw InvalidInputException.of("enrolledOn", "validation.required");
        }
        if (on.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw InvalidInputException.of("enrolledOn", "programme.enrolment.future");
        }
        if (on.isBefore(programme.startsOn()) || programme.endsOn() != null && on.isAfter(programme.endsOn())) {
            throw InvalidInputException.of("enrolledOn", "programme.enrolment.outside");
        }
        if (!programme.countries().isEmpty() && !programme.countriesOn(on).contains(found.country())) {
            throw InvalidInputException.of("programme", "programme.enrolment.country");
        }
        int inserted = jdbc.sql("""
                insert into programme_enrolment (programme_id, case_id, enrolled_on, enrolled_by)
                values (?, ?, ?, ?) on conflict (programme_id, case_id) do nothing""")
                .params(programme.id(), caseId.value(), on, user.getUsername()).update();
        if (inserted == 0) {
            throw new ConflictException("programme.enrolment.twice");
        }
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_CASE_ENROLLED", "case", caseId.value(),
                "programme=" + programme.id() + " on=" + on));
        return new Enrolment(programme.id(), programme.code(), programme.title(), on, null);
    }

    /**
     * The case left the programme on a day: by the same people who may enrol it (404 outside their scope, 403 for an
     * office that transferred it), for a programme it is enrolled in (404 otherwise), on a day not before the
     * enrolment and not in the future (422); once (409 when a day is already recorded). What happens to the case
     * after that day no longer counts towards the programme. Audited like the enrolment.
     */
    @Transactional
    public Enrolment leave(ProgrammeId programmeId, CaseId caseId, LocalDate on, CurrentUser user) {
        Enrolment enrolment = of(caseId, user).stream().filter(e -> e.programmeId() == programmeId.value())
                .findFirst().orElseThrow(() -> new NotFoundException("enrolment"));
        if (on == null) {
            throw InvalidInputException.of("leftOn", "validation.required");
        }
        if (on.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw InvalidInputException.of("leftOn", "programme.leaving.future");
        }
        if (on.isBefore(enrolment.enrolledOn())) {
            throw InvalidInputException.of("leftOn", "programme.leaving.before");
        }
        int updated = jdbc.sql("update programme_enrolment set left_on = ?"
                + " where programme_id = ? and case_id = ? and left_on is null")
                .params(on, programmeId.value(), caseId.value()).update();
        if (updated == 0) {
            throw new ConflictException("programme.leaving.twice");
        }
        audit.record(AuditEvent.of(user.getUsername(), "PROGRAMME_CASE_LEFT", "case", caseId.value(),
                "programme=" + programmeId.value() + " on=" + on));
        return new Enrolment(enrolment.programmeId(), enrolment.code(), enrolment.title(), enrolment.enrolledOn(),
                on);
    }
}
