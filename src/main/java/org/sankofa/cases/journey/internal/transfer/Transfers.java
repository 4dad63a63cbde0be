package org.sankofa.cases.journey.internal.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.CaseTransferRejected;
import org.sankofa.cases.events.CaseTransferRequested;
import org.sankofa.cases.events.CaseTransferred;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.Lookups;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.sankofa.shared.web.Decision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cross-border transfer of a case: requested by a supervisor of the owning office, only with an active
 * CROSS_BORDER_SHARING consent, to an office in another country; accepted or rejected by a supervisor of the
 * receiving office. On acceptance the receiving office owns the case and its name index rows; the sending office
 * keeps a read-only view (see CaseScope.OfficeCases and CaseGuard.requireEditable). Both sides are audited; a
 * request publishes {@link CaseTransferRequested}, the answer {@link CaseTransferred} or {@link CaseTransferRejected}.
 */
@Component
public class Transfers {

    /** The part of the case these records are, as the audit names a view of them ({@code via=transfers}). */
    public static final String PART = "transfers";

    static final String REASON = "case_transfer.reason";
    static final String NOTE = "case_transfer.decision_note";

    /** A transfer as either side sees it (no identifying data: the case number and the offices). */
    public record Transfer(long id, CaseId caseId, String caseNumber, String fromOffice, String fromCountry,
            String toOffice, String toCountry, TransferStatus status, String reason, String requestedBy,
            OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {
    }

    /** An office a case can be transferred to. */
    public record Destination(long id, String code, String name, String countryCode) {
    }

    private static final String SELECT = """
            select t.id, t.case_id, c.case_number, t.from_office_id, t.to_office_id, t.status, t.reason,
                   t.requested_by, t.requested_at, t.decided_by, t.decided_at, t.decision_note
              from case_transfer t join case_file c on c.id = t.case_id
            """;

    /** A transfer as stored: its offices and people are ids, named by {@link #named}. */
    private record Row(long id, CaseId caseId, String caseNumber, long fromOfficeId, long toOfficeId,
            TransferStatus status, String reason, Long requestedBy, OffsetDateTime requestedAt, Long decidedBy,
            OffsetDateTime decidedAt, String decisionNote) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final Consents consents;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Lookups lookups;
    private final Directory directory;

    Transfers(JdbcClient jdbc, CaseAccess cases, Consents consents, FieldCipher cipher, AuditLog audit,
            ApplicationEventPublisher events, Lookups lookups, Directory directory) {
        this.events = events;
        this.lookups = lookups;
        this.directory = directory;
        this.jdbc = jdbc;
        this.cases = cases;
        this.consents = consents;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The transfers of a case, for the staff of the owning office and of an office that transferred it. */
    @Transactional
    public List<Transfer> ofCase(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        return named(jdbc.sql(SELECT + " where t.case_id = ? and t.requested_at <= ?"
                        + " order by t.requested_at desc, t.id desc")
                .params(caseId.value(), facts.seenUntil()).query(this::row).list());
    }

    /** Transfers to the supervisor's office (to accept or reject) — the case number only, not the case. */
    @Transactional(readOnly = true)
    public List<Transfer> incoming(CurrentUser user) {
        long office = supervisorOffice(user);
        return query(SELECT + " where t.to_office_id = ? order by t.status = 'REQUESTED' desc, t.requested_at desc"
                + " limit 200", office);
    }

    /** Transfers requested by the supervisor's office. */
    @Transactional(readOnly = true)
    public List<Transfer> outgoing(CurrentUser user) {
        long office = supervisorOffice(user);
        return query(SELECT + " where t.from_office_id = ? order by t.requested_at desc limit 200", office);
    }

    /** Offices of other countries, the possible destinations of a transfer or a tracing request. */
    public List<Destination> destinations(CurrentUser user) {
        List<Office> offices = directory.offices();
        String mine = offices.stream().filter(o -> user.officeId() != null && o.id().value() == user.officeId())
                .map(Office::countryCode).findFirst().orElse("");
        return offices.stream().filter(o -> !o.countryCode().equals(mine))
                .map(o -> new Destination(o.id().value(), o.code(), o.name(), o.countryCode())).toList();
    }

    @Transactional
    public long request(CurrentUser user, CaseId caseId, Long toOfficeId, String reason) {
        requireSupervisor(user);
        CaseFacts facts = cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        TransferRules.required(errors, "toOffice", toOfficeId);
        TransferRules.required(errors, "reason", reason);
        TransferRules.text(errors, "reason", reason, TransferRules.LONG_TEXT);
        Map<Long, Office> offices = lookups.offices(Arrays.asList(user.officeId(), toOfficeId));
        if (toOfficeId != null && !Lookups.crossBorder(offices, user.officeId(), toOfficeId)) {
            errors.put("toOffice", "transfer.office.cross-border");
        }
        if (!consents.hasActiveConsent(caseId, ConsentPurpose.CROSS_BORDER_SHARING)) {
            errors.put("consent", "transfer.consent-required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (facts.closed()) {
            throw new ConflictException("transfer.case-closed");
        }
        if (open(caseId)) {
            throw new ConflictException("transfer.already-open");
        }
        long id = jdbc.sql("""
                insert into case_transfer (case_id, from_office_id, to_office_id, reason, requested_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), user.officeId(), toOfficeId, cipher.encrypt(reason.strip(), REASON), user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "TRANSFER_REQUESTED", "case", caseId,
                "transfer=" + id + ",from=" + offices.get(user.officeId()).code() + ",to="
                        + offices.get(toOfficeId).code()));
        events.publishEvent(new CaseTransferRequested(caseId, id, user.officeId(), toOfficeId));
        return id;
    }

    /**
     * The receiving office's decision, in the one shape of four-eyes decisions ({@link Decision}): approve (the
     * receiving office takes the case over) or reject (a note says why). Anyone but a supervisor of that office gets
     * 404 (or 403 without the role).
     */
    @Transactional
    public void decide(CurrentUser user, long transferId, Decision.Outcome outcome, Decision decision) {
        decide(user, null, transferId, outcome, decision);
    }

    /** As {@link #decide(CurrentUser, long, Decision.Outcome, Decision)}, for a transfer of the given case (else 404). */
    @Transactional
    public void decide(CurrentUser user, CaseId caseId, long transferId, Decision.Outcome outcome,
            Decision decision) {
        boolean accept = outcome == Decision.Outcome.APPROVE;
        String note = decision.note();
        long office = supervisorOffice(user);
        Pending pending = jdbc.sql("""
                select id, case_id, from_office_id, to_office_id, status, version from case_transfer
                 where id = ? and to_office_id = ? and case_id = coalesce(cast(? as bigint), case_id) for update""")
                .params(transferId, office, caseId == null ? null : caseId.value()).query(Pending.class).optional()
                .orElseThrow(() -> new NotFoundException("transfer"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!accept) {
            TransferRules.required(errors, "note", note);
        }
        TransferRules.text(errors, "note", note, TransferRules.LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!"REQUESTED".equals(pending.status())) {
            throw new ConflictException("transfer.already-decided");
        }
        if (accept && !consents.hasActiveConsent(CaseId.of(pending.caseId()), ConsentPurpose.CROSS_BORDER_SHARING)) {
            throw new ConflictException("transfer.consent-withdrawn");
        }
        String clean = Texts.blankToNull(note);
        int changed = jdbc.sql("""
                update case_transfer set status = ?, decided_by = ?, decided_at = now(), decision_note = ?,
                       version = version + 1
                 where id = ? and status = 'REQUESTED' and version = ?""")
                .params(accept ? "ACCEPTED" : "REJECTED", user.id(),
                        clean == null ? null : cipher.encrypt(clean, NOTE), transferId, pending.version())
                .update();
        if (changed != 1) {
            throw new ConflictException("transfer.already-decided");
        }
        if (accept) {
            // the receiving office owns the case from now on; its supervisor assigns it to one of its case workers
            int moved = jdbc.sql("update case_file set office_id = ?, assigned_to = null, version = version + 1"
                    + " where id = ? and office_id = ?")
                    .params(pending.toOfficeId(), pending.caseId(), pending.fromOfficeId()).update();
            if (moved != 1) {
                throw new ConflictException("transfer.case-moved");
            }
            jdbc.sql("update case_name_key set office_id = ? where case_id = ?")
                    .params(pending.toOfficeId(), pending.caseId()).update();
        }
        String action = accept ? "TRANSFER_ACCEPTED" : "TRANSFER_REJECTED";
        Map<Long, Office> offices = lookups.offices(List.of(pending.fromOfficeId(), pending.toOfficeId()));
        audit.record(AuditEvent.of(user.getUsername(), action, "case", pending.caseId(),
                "transfer=" + transferId + ",from=" + offices.get(pending.fromOfficeId()).code() + ",to="
                        + offices.get(pending.toOfficeId()).code()));
        if (accept) {
            // the moment of the handover closes the former office's read-only history, this audit entry included
            jdbc.sql("update case_transfer set decided_at = clock_timestamp() where id = ?").param(transferId).update();
        }
        CaseId transferred = CaseId.of(pending.caseId());
        events.publishEvent(accept
                ? new CaseTransferred(transferred, transferId, pending.fromOfficeId(), pending.toOfficeId(),
                        LocalDate.now())
                : new CaseTransferRejected(transferred, transferId, pending.fromOfficeId(), pending.toOfficeId()));
    }

    record Pending(long id, long caseId, long fromOfficeId, long toOfficeId, String status, int version) {
    }

    private List<Transfer> query(String sql, Object parameter) {
        return named(jdbc.sql(sql).param(parameter).query(this::row).list());
    }

    /** The transfers with their offices and people named: one lookup each, whatever the number of transfers. */
    private List<Transfer> named(List<Row> rows) {
        Map<Long, Office> offices = lookups.offices(rows.stream()
                .flatMap(row -> Stream.of(row.fromOfficeId(), row.toOfficeId())).toList());
        Function<Long, String> people = lookups.displayNames(rows.stream()
                .flatMap(row -> Stream.of(row.requestedBy(), row.decidedBy())).toList());
        return rows.stream().map(row -> {
            Office from = offices.get(row.fromOfficeId());
            Office to = offices.get(row.toOfficeId());
            return new Transfer(row.id(), row.caseId(), row.caseNumber(), Lookups.label(from),
                    from == null ? null : from.countryCode(), Lookups.label(to), to == null ? null : to.countryCode(),
                    row.status(), row.reason(), people.apply(row.requestedBy()), row.requestedAt(),
                    people.apply(row.decidedBy()), row.decidedAt(), row.decisionNote());
        }).toList();
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), CaseId.of(rs.getLong("case_id")), rs.getString("case_number"),
                rs.getLong("from_office_id"), rs.getLong("to_office_id"),
                TransferStatus.valueOf(rs.getString("status")),
                cipher.decrypt(rs.getString("reason"), REASON), (Long) rs.getObject("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class), (Long) rs.getObject("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), cipher.decrypt(rs.getString("decision_note"), NOTE));
    }

    private boolean open(CaseId caseId) {
        return jdbc.sql("select exists (select 1 from case_transfer where case_id = ? and status = 'REQUESTED')")
                .param(caseId.value()).query(Boolean.class).single();
    }

    private static void requireSupervisor(CurrentUser user) {
        if (!user.hasAnyRole(Roles.SUPERVISOR_ROLES) || user.officeId() == null) {
            throw new AccessDeniedException("only supervisors transfer cases");
        }
    }

    private static long supervisorOffice(CurrentUser user) {
        requireSupervisor(user);
        return user.officeId();
    }
}
