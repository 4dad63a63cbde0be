package org.sankofa.cases.journey.internal.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.TracingAnswered;
import org.sankofa.cases.events.TracingRequested;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.attachments.Attachments;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.Lookups;
import org.sankofa.cases.journey.internal.transfer.TransferRules;
import org.sankofa.directory.Office;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family tracing: a request from the office where the child is to an office in the country of origin, carrying
 * only what tracing needs (family names, village, region, languages — encrypted — and a photo of the child only while
 * the consent to cross-border sharing is active). The origin office sees the
 * request — never the case — until the case is transferred to it; it records the outcome (family found, not
 * found, unsafe to return) with a family assessment. Both sides are audited; a request publishes
 * {@link TracingRequested}, an outcome {@link TracingAnswered}.
 */
@Component
public class Tracing {

    /** The part of the case these records are, as the audit names a view of them ({@code via=tracing}). */
    public static final String PART = "tracing";

    /** What the sending office asks for. */
    public record NewRequest(Long toOfficeId, String familyNames, String village, String region, String languages,
            Long photoAttachmentId) {
    }

    /** A tracing request with what it carries (decrypted for the two offices concerned). */
    public record Request(long id, CaseId caseId, String caseNumber, long fromOfficeId, long toOfficeId,
            String fromOffice, String toOffice,
            TracingStatus status, String familyNames, String village, String region, String languages,
            String requestedBy, OffsetDateTime requestedAt, String assessment, String assessedBy, OffsetDateTime assessedAt,
            boolean photo) {
    }

    /** A line of the origin office's list: no identifying data. */
    public record Summary(long id, String caseNumber, String fromOffice, TracingStatus status, OffsetDateTime requestedAt) {
    }

    private static final String SELECT = """
            select r.id, r.case_id, c.case_number, r.from_office_id, r.to_office_id, r.status, r.family_names,
                   r.village, r.region, r.languages, r.requested_by, r.requested_at, r.assessment, r.assessed_by,
                   r.assessed_at, r.photo_attachment_id is not null as has_photo
              from case_tracing_request r join case_file c on c.id = r.case_id
            """;

    /** A request as stored: its offices and people are ids, named by {@link #named}. */
    private record Row(long id, CaseId caseId, String caseNumber, long fromOfficeId, long toOfficeId,
            TracingStatus status, String familyNames, String village, String region, String languages,
            Long requestedBy, OffsetDateTime requestedAt, String assessment, Long assessedBy,
            OffsetDateTime assessedAt, boolean hasPhoto) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Consents consents;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Lookups lookups;

    Tracing(JdbcClient jdbc, CaseAccess cases, FieldCipher cipher, AuditLog audit, Consents consents,
            Attachments attachments, ApplicationEventPublisher events, Lookups lookups) {
        this.events = events;
        this.lookups = lookups;
        this.consents = consents;
        this.attachments = attachments;
        this.jdbc = jdbc;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The tracing requests of a case, for the staff who may read the case. */
    @Transactional
    public List<Request> ofCase(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        return named(jdbc.sql(SELECT + " where r.case_id = ? and r.requested_at <= ?"
                        + " order by r.requested_at desc, r.id desc")
                .params(caseId.value(), facts.seenUntil())
                .query(this::row).list());
    }

    /** The requests sent to the person's office (the origin office), without identifying data. */
    @Transactional(readOnly = true)
    public List<Summary> toMyOffice(CurrentUser user) {
        long office = staffOffice(user);
        record Line(long id, String caseNumber, long fromOfficeId, TracingStatus status, OffsetDateTime requestedAt) {
        }
        List<Line> lines = jdbc.sql("""
                select r.id, c.case_number, r.from_office_id, r.status, r.requested_at
                  from case_tracing_request r join case_file c on c.id = r.case_id
                 where r.to_office_id = ? order by r.status = 'OPEN' desc, r.requested_at desc limit 200""")
                .param(office).query(Line.class).list();
        Map<Long, Office> offices = lookups.offices(lines.stream().map(Line::fromOfficeId).toList());
        return lines.stream().map(line -> new Summary(line.id(), line.caseNumber(),
                Lookups.label(offices.get(line.fromOfficeId())), line.status(), line.requestedAt())).toList();
    }

    /** One request, for the origin office or the staff of the case; its reading is audited (it names people). */
    @Transactional
    public Request get(CurrentUser user, long requestId) {
        Request request = find(user, requestId);
        audit.record(AuditEvent.of(user.getUsername(), "TRACING_REQUEST_VIEWED", "case", request.caseId(),
                "tracing=" + requestId));
        return request;
    }

    @Transactional
    public long request(CurrentUser user, CaseId caseId, NewRequest request) {
        CaseFacts facts = cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        TransferRules.required(errors, "toOffice", request.toOfficeId());
        TransferRules.required(errors, "familyNames", request.familyNames());
        TransferRules.text(errors, "familyNames", request.familyNames(), TransferRules.SHORT_TEXT);
        TransferRules.text(errors, "village", request.village(), TransferRules.SHORT_TEXT);
        TransferRules.text(errors, "region", request.region(), TransferRules.SHORT_TEXT);
        TransferRules.text(errors, "languages", request.languages(), TransferRules.SHORT_TEXT);
        Map<Long, Office> offices = lookups.offices(Arrays.asList(user.officeId(), request.toOfficeId()));
        if (request.toOfficeId() != null && !Lookups.crossBorder(offices, user.officeId(), request.toOfficeId())) {
            errors.put("toOffice", "tracing.office.cross-border");
        }
        if (request.photoAttachmentId() != null) {
            if (attachments.image(caseId, request.photoAttachmentId()).isEmpty()) {
                errors.put("photo", "tracing.photo.unknown");
            } else if (!consents.hasActiveConsent(caseId, ConsentPurpose.CROSS_BORDER_SHARING)) {
                errors.put("photo", "tracing.photo.consent");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (facts.closed()) {
            throw new ConflictException("tracing.case-closed");
        }
        long id = jdbc.sql("""
                insert into case_tracing_request (case_id, from_office_id, to_office_id, family_names, village,
                                                  region, languages, requested_by, photo_attachment_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), user.officeId(), request.toOfficeId(),
                        cipher.encrypt(request.familyNames().strip(), "case_tracing_request.family_names"),
                        encrypt(request.village(), "village"), encrypt(request.region(), "region"),
                        encrypt(request.languages(), "languages"), user.id(), request.photoAttachmentId())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "TRACING_REQUESTED", "case", caseId,
                "tracing=" + id + ",to=" + offices.get(request.toOfficeId()).code()
                        + (request.photoAttachmentId() == null ? "" : ",photo=" + request.photoAttachmentId())));
        events.publishEvent(new TracingRequested(caseId, id, user.officeId(), request.toOfficeId()));
        return id;
    }

    /** A request of the person's office (origin, sender or owner of the case now), 404 for anyone else. */
    private Request find(CurrentUser user, long requestId) {
        long office = staffOffice(user);
        Row row = jdbc.sql(SELECT + " where r.id = ? and (r.to_office_id = ? or r.from_office_id = ?"
                        + " or c.office_id = ?)")
                .params(requestId, office, office, office).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("tracing request"));
        return named(List.of(row)).get(0);
    }

    /**
     * The photo a tracing request carries, for the two offices concerned, while the consent to cross-border sharing
     * is active (404 otherwise); every view is audited.
     */
    @Transactional
    public Attachments.Download photo(CurrentUser user, long requestId) {
        Request request = find(user, requestId);
        if (!request.photo()) { // none sent, or the consent to share it is no longer active
            throw new NotFoundException("photo");
        }
        Attachments.Download photo = jdbc.sql("""
                select photo_attachment_id from case_tracing_request where id = ? and photo_attachment_id is not null""")
                .param(requestId).query(Long.class).optional()
                .flatMap(attachment -> attachments.image(request.caseId(), attachment))
                .orElseThrow(() -> new NotFoundException("photo"));
        audit.record(AuditEvent.of(user.getUsername(), "TRACING_PHOTO_VIEWED", "case", request.caseId(),
                "tracing=" + requestId));
        return photo;
    }

    /** The origin office records the outcome and its family assessment; once only (409 after). */
    @Transactional
    public void recordOutcome(CurrentUser user, long requestId, TracingStatus outcome, String assessment) {
        long office = staffOffice(user);
        record Open(long caseId, long fromOfficeId, long toOfficeId, String status, int version) {
        }
        Open open = jdbc.sql("""
                select case_id, from_office_id, to_office_id, status, version from case_tracing_request
                 where id = ? and to_office_id = ? for update""")
                .params(requestId, office).query(Open.class).optional()
                .orElseThrow(() -> new NotFoundException("tracing request"));
        Map<String, String> errors = new LinkedHashMap<>();
        TransferRules.required(errors, "outcome", outcome);
        if (outcome != null && !outcome.outcome()) {
            errors.put("outcome", "tracing.outcome.invalid");
        }
        TransferRules.required(errors, "assessment", assessment);
        TransferRules.text(errors, "assessment", assessment, TransferRules.LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!"OPEN".equals(open.status())) {
            throw new ConflictException("tracing.already-recorded");
        }
        jdbc.sql("""
                update case_tracing_request set status = ?, assessment = ?, assessed_by = ?, assessed_at = now(),
                       version = version + 1
                 where id = ? and version = ?""")
                .params(outcome.name(), cipher.encrypt(assessment.strip(), "case_tracing_request.assessment"),
                        user.id(), requestId, open.version())
                .update();
        audit.record(AuditEvent.of(user.getUsername(), "TRACING_OUTCOME_RECORDED", "case", open.caseId(),
                "tracing=" + requestId + ",status=" + outcome.name() + ",fields=status,assessment"));
        events.publishEvent(new TracingAnswered(CaseId.of(open.caseId()), requestId, open.fromOfficeId(),
                open.toOfficeId(), outcome.name()));
    }

    private String encrypt(String value, String column) {
        String clean = Texts.blankToNull(value);
        return clean == null ? null : cipher.encrypt(clean, "case_tracing_request." + column);
    }

    private String decrypt(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : cipher.decrypt(value, "case_tracing_request." + column);
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), CaseId.of(rs.getLong("case_id")), rs.getString("case_number"),
                rs.getLong("from_office_id"), rs.getLong("to_office_id"), TracingStatus.valueOf(rs.getString("status")),
                decrypt(rs, "family_names"), decrypt(rs, "village"), decrypt(rs, "region"), decrypt(rs, "languages"),
                (Long) rs.getObject("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
                decrypt(rs, "assessment"), (Long) rs.getObject("assessed_by"),
                rs.getObject("assessed_at", OffsetDateTime.class), rs.getBoolean("has_photo"));
    }

    /**
     * The requests with their offices and people named (one lookup each) and their photo shown only while the case's
     * consent to cross-border sharing is active (asked once per case).
     */
    private List<Request> named(List<Row> rows) {
        Map<Long, Office> offices = lookups.offices(rows.stream()
                .flatMap(row -> Stream.of(row.fromOfficeId(), row.toOfficeId())).toList());
        Function<Long, String> people = lookups.displayNames(rows.stream()
                .flatMap(row -> Stream.of(row.requestedBy(), row.assessedBy())).toList());
        Map<CaseId, Boolean> sharing = new HashMap<>();
        return rows.stream().map(row -> new Request(row.id(), row.caseId(), row.caseNumber(), row.fromOfficeId(),
                row.toOfficeId(), Lookups.label(offices.get(row.fromOfficeId())),
                Lookups.label(offices.get(row.toOfficeId())), row.status(), row.familyNames(), row.village(),
                row.region(), row.languages(), people.apply(row.requestedBy()), row.requestedAt(), row.assessment(),
                people.apply(row.assessedBy()), row.assessedAt(), row.hasPhoto() && sharing.computeIfAbsent(
                        row.caseId(), id -> consents.hasActiveConsent(id, ConsentPurpose.CROSS_BORDER_SHARING))))
                .toList();
    }

    private static long staffOffice(CurrentUser user) {
        if (!user.hasAnyRole(Roles.CASE_STAFF_ROLES) || user.officeId() == null) {
            throw new AccessDeniedException("no access to tracing");
        }
        return user.officeId();
    }
}
