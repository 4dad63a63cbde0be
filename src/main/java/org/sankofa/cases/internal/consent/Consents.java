package org.sankofa.cases.internal.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.RecordRules;
import org.sankofa.cases.internal.StaffNames;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per purpose. For a child's case an active consent needs both the guardian's consent and the child's
 * assent; a withdrawal is dated and never before the consent was given. Other parts of the case module ask
 * {@link #hasActiveConsent(long, ConsentPurpose)} before they act (e.g. a referral needs PARTNER_SHARING).
 */
@NamedInterface("foundation")
@Component
public class Consents {

    /** The part of the case these records are, as the audit names a view of them ({@code via=consents}). */
    public static final String PART = "consents";

    /** What is recorded. */
    public record NewConsent(ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn, boolean guardianConsent,
            boolean childAssent) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final AuditLog audit;
    private final StaffNames staff;

    Consents(JdbcClient jdbc, CaseAccess cases, AuditLog audit, StaffNames staff) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.staff = staff;
    }

    /** Whether the case has a consent for this purpose that was given and not withdrawn. */
    public boolean hasActiveConsent(CaseId caseId, ConsentPurpose purpose) {
        return jdbc.sql("""
                select exists (select 1 from case_consent where case_id = ? and purpose = ?
                                 and given_on <= current_date and withdrawn_on is null)""")
                .params(caseId.value(), purpose.name()).query(Boolean.class).single();
    }

    @Transactional
    public List<Consent> list(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        record Row(Consent consent, Long recordedBy) {
        }
        List<Row> rows = jdbc.sql("""
                select k.id, k.purpose, k.given_by, k.given_on, k.guardian_consent, k.child_assent, k.withdrawn_on,
                       k.recorded_by
                  from case_consent k
                 where k.case_id = ? and k.recorded_at <= ? order by k.given_on desc, k.id desc""")
                .params(caseId.value(), facts.seenUntil())
                .query((rs, n) -> new Row(consent(rs, null), (Long) rs.getObject("recorded_by"))).list();
        return staff.named(rows, Row::recordedBy, (row, name) -> row.consent().withRecorder(name));
    }

    @Transactional
    public long record(CurrentUser user, CaseId caseId, NewConsent consent) {
        CaseFacts facts = cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.required(errors, "purpose", consent.purpose());
        RecordRules.required(errors, "givenBy", consent.givenBy());
        RecordRules.date(errors, "givenOn", consent.givenOn());
        if (facts.child()) {
            if (!consent.guardianConsent()) {
                errors.put("guardianConsent", "care.consent.guardian-required");
            }
            if (!consent.childAssent()) {
                errors.put("childAssent", "care.consent.assent-required");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (hasActiveConsent(caseId, consent.purpose())) {
            throw new ConflictException("care.consent.already-active");
        }
        long id = jdbc.sql("""
                insert into case_consent (case_id, purpose, given_by, given_on, guardian_consent, child_assent,
                                          recorded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), consent.purpose().name(), consent.givenBy().name(), consent.givenOn(),
                        facts.child() && consent.guardianConsent(), facts.child() && consent.childAssent(), user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "CONSENT_RECORDED", "case", caseId,
                "purpose=" + consent.purpose().name()));
        return id;
    }

    @Transactional
    public void withdraw(CurrentUser user, CaseId caseId, long consentId, LocalDate withdrawnOn) {
        cases.editable(user, caseId);
        Consent consent = jdbc.sql("""
                select k.id, k.purpose, k.given_by, k.given_on, k.guardian_consent, k.child_assent, k.withdrawn_on
                  from case_consent k where k.id = ? and k.case_id = ? for update""")
                .params(consentId, caseId.value()).query((rs, n) -> consent(rs, null)).optional()
                .orElseThrow(() -> new NotFoundException("consent"));
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.date(errors, "withdrawnOn", withdrawnOn);
        if (errors.isEmpty() && withdrawnOn.isBefore(consent.givenOn())) {
            errors.put("withdrawnOn", "care.consent.withdrawn-before-given");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!consent.active()) {
            throw new ConflictException("care.consent.already-withdrawn");
        }
        jdbc.sql("update case_consent set withdrawn_on = ? where id = ?").params(withdrawnOn, consentId).update();
        audit.record(AuditEvent.of(user.getUsername(), "CONSENT_WITHDRAWN", "case", caseId,
                "purpose=" + consent.purpose().name()));
    }

    private static Consent consent(ResultSet rs, String recordedBy) throws SQLException {
        return new Consent(rs.getLong("id"), ConsentPurpose.valueOf(rs.getString("purpose")),
                ConsentGiver.valueOf(rs.getString("given_by")), rs.getObject("given_on", LocalDate.class),
                rs.getBoolean("guardian_consent"), rs.getBoolean("child_assent"),
                rs.getObject("withdrawn_on", LocalDate.class), recordedBy);
    }
}
