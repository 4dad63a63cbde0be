package org.sankofa.cases.internal;

import java.time.LocalDate;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.events.CaseRegistered;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a case in the office of the case worker who identified the person: checks the rules, allocates the
 * case number of the office and year, stores the person encrypted with the blind index of the names, the profile and
 * the route, records CASE_CREATED and publishes {@link CaseRegistered} — all in one transaction, so that a refused
 * case leaves nothing behind and no listener hears of it.
 * Registering is not viewing: no CASE_VIEWED is recorded (the answer is the case as the person wrote it).
 */
@Service
public class RegisterCase {

    /** The registered case: its id, readable number and the case as registered. */
    public record Registered(CaseId id, String caseNumber, CaseRecord record) {
    }

    private final JdbcClient jdbc;
    private final CaseRules rules;
    private final CaseWriter writer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Directory directory;

    RegisterCase(JdbcClient jdbc, CaseRules rules, CaseWriter writer, AuditLog audit,
            ApplicationEventPublisher events, Directory directory) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
        this.directory = directory;
    }

    @Transactional
    public Registered register(CaseDraft draft, CurrentUser user) {
        if (!(CaseScope.of(user) instanceof CaseScope.OfficeCases office)) {
            throw new AccessDeniedException("only an office's case workers and supervisors register cases");
        }
        CaseRules.CheckedCase checked = rules.check(draft, LocalDate.now());
        CaseDraft d = checked.draft();
        long officeId = office.officeId();
        String officeCode = officeCode(officeId);
        String number = allocateNumber(officeId, officeCode, d.identifiedOn().getYear());
        CaseId id = CaseId.of(jdbc.sql("""
                insert into case_file (case_number, office_id, assigned_to, identified_on, identified_country,
                                       identified_city, identifying_office_id, referral_source, trafficking_status,
                                       status_decided_by, sex, age_at_identification, age_estimated, citizenship,
                                       languages, exploitation_types, created_by)
                values (:number, :office, :user, :on, :country, :city, :office, :source, :status, :decidedBy, :sex,
                        :age, :estimated, :citizenship, cast(:languages as varchar[]),
                        cast(:exploitation as varchar[]), :user)
                returning id""")
                .param("number", number).param("office", officeId).param("user", user.id())
                .param("on", CaseWriter.date(d.identifiedOn())).param("country", d.identifiedCountry())
                .param("city", writer.identifiedCity(d)).param("source", d.referralSource())
                .param("status", d.traffickingStatus()).param("decidedBy", d.statusDecidedBy())
                .param("sex", d.sex()).param("age", checked.ageAtIdentification())
                .param("estimated", checked.ageEstimated()).param("citizenship", d.citizenship())
                .param("languages", CaseWriter.textArray(d.languages()))
                .param("exploitation", CaseWriter.textArray(d.exploitationTypes()))
                .query(Long.class).single());
        writer.writePerson(id, d);
        writer.writeProfile(id, d);
        writer.writeRoute(id, d.route());
        writer.writeNameKeys(id, officeId, d);
        audit.record(AuditEvent.of(user.getUsername(), "CASE_CREATED", "case", id, "number=" + number));
        events.publishEvent(new CaseRegistered(id, officeId, d.identifiedOn(), d.identifiedCountry(),
                checked.child()));
        return new Registered(id, number, CaseWriter.written(id, number, officeId, officeCode, "Active", 0, officeId,
                officeCode, checked));
    }

    /**
     * The next number of the office for the year, e.g. SN-DKR-2026-00042: the counter row is created or incremented
     * in one statement, so that two registrations at the same time never get the same number.
     */
    String allocateNumber(long officeId, String officeCode, int year) {
        int sequence = jdbc.sql("""
                insert into case_number_counter (office_id, year, last_value) values (?, ?, 1)
                on conflict (office_id, year) do update set last_value = case_number_counter.last_value + 1
                returning last_value""")
                .params(officeId, year).query(Integer.class).single();
        return "%s-%d-%05d".formatted(officeCode, year, sequence);
    }

    private String officeCode(long officeId) {
        return directory.office(new OfficeId(officeId)).map(Office::code).orElseThrow();
    }
}
