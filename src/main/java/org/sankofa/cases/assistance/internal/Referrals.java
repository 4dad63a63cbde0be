package org.sankofa.cases.assistance.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.Need;
import org.sankofa.cases.assistance.NeedLevel;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.assistance.ReferralStatus;
import org.sankofa.cases.events.ReferralAnswered;
import org.sankofa.cases.events.ReferralSent;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.CaseGuard;
import org.sankofa.cases.internal.CaseScope;
import org.sankofa.cases.internal.RecordRules;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.PartnerService;
import org.sankofa.directory.PartnerServiceId;
import org.sankofa.directory.PartnerServiceQuery;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
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
 * Referrals to partner organisations. Sending needs an active PARTNER_SHARING consent; the referral says which parts
 * of the case the partner may see. Only a partner of the receiving organisation answers it: SENT → ACCEPTED or
 * DECLINED (with a note), ACCEPTED → COMPLETED; any other transition is a conflict. Sending publishes
 * {@link ReferralSent}, every answer {@link ReferralAnswered}.
 */
@Component
public class Referrals {

    /** The part of the case these records are, as the audit names a view of them ({@code via=referrals}). */
    public static final String PART = "referrals";

    static final String MESSAGE = "case_referral.message";
    static final String RESPONSE_NOTE = "case_referral.response_note";

    /** A referral; {@code service}, the partner's service of the directory it went to (null when none was picked). */
    public record Referral(long id, CaseId caseId, long partnerOrgId, String partner, ServiceType serviceType,
            ReferralStatus status, Set<ReferralShare> shares, String message, LocalDate sentOn, String sentBy,
            LocalDate respondedOn, String responseNote, LocalDate completedOn, PartnerService service) {
    }

    /**
     * A referral to send. With {@code partnerServiceId}, a service of the directory: its organisation and type are
     * the referral's (the partner and type may then be left out, and must match when given).
     */
    public record NewReferral(Long partnerOrgId, ServiceType serviceType, Set<ReferralShare> shares, String message,
            Long partnerServiceId) {

        public NewReferral(Long partnerOrgId, ServiceType serviceType, Set<ReferralShare> shares, String message) {
            this(partnerOrgId, serviceType, shares, message, null);
        }
    }

    /**
     * The directory's services that fit a case: of the types its last needs assessment calls for (every type when
     * no need is assessed), in the chosen place (the country of the case's office, or the child's country of
     * citizenship), for children when the case is a child's; those in the office's city first.
     */
    public record Suggestions(String countryCode, String city, Set<ServiceType> types, boolean forChildren,
            boolean home, String homeCountry, List<PartnerService> services) {
    }

    public enum Answer {
        ACCEPT, DECLINE, COMPLETE
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final CaseGuard guard;
    private final Consents consents;
    private final Directory directory;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final UserAccounts users;
    private final PartnerServices partnerServices;

    Referrals(JdbcClient jdbc, CaseAccess cases, CaseGuard guard, Consents consents, Directory directory,
            FieldCipher cipher, AuditLog audit, ApplicationEventPublisher events, UserAccounts users,
            PartnerServices partnerServices) {
        this.users = users;
        this.partnerServices = partnerServices;
        this.jdbc = jdbc;
        this.cases = cases;
        this.guard = guard;
        this.consents = consents;
        this.directory = directory;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
    }

    /** A referral as stored: its partner and who sent it are ids, named by {@link #named}. */
    record Row(long id, CaseId caseId, long partnerOrgId, ServiceType serviceType, ReferralStatus status,
            Set<ReferralShare> shares, String message, LocalDate sentOn, Long sentBy, LocalDate respondedOn,
            String responseNote, LocalDate completedOn, Long partnerServiceId) {

        Referral named(Map<OrganisationId, Organisation> organisations, Function<Long, String> people,
                Map<PartnerServiceId, PartnerService> services) {
            Organisation partner = organisations.get(new OrganisationId(partnerOrgId));
            return new Referral(id, caseId, partnerOrgId, partner == null ? null : partner.name(), serviceType, status,
                    shares, message, sentOn, people.apply(sentBy), respondedOn, responseNote, completedOn,
                    partnerServiceId == null ? null : services.get(new PartnerServiceId(partnerServiceId)));
        }
    }

    /** The columns of a referral {@code r}, for {@link #row}. */
    static final String COLUMNS = """
            r.id, r.case_id, r.partner_org_id, r.service_type, r.status, r.shares, r.message, r.sent_on, r.sent_by,
            r.responded_on, r.response_note, r.completed_on, r.partner_service_id""";

    /** The referrals of a case, for its case workers. */
    @Transactional
    public List<Referral> list(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from case_referral r where r.case_id = ? and r.sent_on <= ?"
                        + " order by r.sent_on desc, r.id desc")
                .params(caseId.value(), facts.seenUntilDay())
                .query((rs, n) -> row(rs)).list();
        return named(rows, users.displayNames(rows.stream().map(Row::sentBy).toList()));
    }

    /** The referrals with their partners' names (one lookup) and their senders' ({@code people}). */
    List<Referral> named(List<Row> rows, Function<Long, String> people) {
        Map<OrganisationId, Organisation> partners = directory.organisations(
                rows.stream().map(row -> new OrganisationId(row.partnerOrgId())).collect(Collectors.toSet()));
        List<PartnerServiceId> serviceIds = rows.stream().map(Row::partnerServiceId).filter(Objects::nonNull)
                .distinct().map(PartnerServiceId::new).toList();
        Map<PartnerServiceId, PartnerService> services = serviceIds.isEmpty() ? Map.of()
                : partnerServices.services(serviceIds);
        return rows.stream().map(row -> row.named(partners, people, services)).toList();
    }

    /** A referral read with {@link #COLUMNS}, its message and answer decrypted. */
    Row row(ResultSet rs) throws SQLException {
        Set<ReferralShare> shares = EnumSet.noneOf(ReferralShare.class);
        Array array = rs.getArray("shares");
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                shares.add(ReferralShare.valueOf(value.toString()));
            }
        }
        return new Row(rs.getLong("id"), CaseId.of(rs.getLong("case_id")), rs.getLong("partner_org_id"),
                ServiceType.valueOf(rs.getString("service_type")), ReferralStatus.valueOf(rs.getString("status")),
                shares, cipher.decrypt(rs.getString("message"), MESSAGE), rs.getObject("sent_on", LocalDate.class),
                (Long) rs.getObject("sent_by"), rs.getObject("responded_on", LocalDate.class),
                cipher.decrypt(rs.getString("response_note"), RESPONSE_NOTE),
                rs.getObject("completed_on", LocalDate.class), (Long) rs.getObject("partner_service_id"));
    }

    @Transactional
    public long send(CurrentUser user, CaseId caseId, NewReferral asked) {
        cases.editable(user, caseId);
        NewReferral referral = withService(asked);
        Map<String, String> errors = new LinkedHashMap<>();
        if (referral.partnerOrgId() == null) {
            errors.put("partner", "care.required");
        } else if (directory.organisation(new OrganisationId(referral.partnerOrgId())).isEmpty()) {
            errors.put("partner", "care.organisation.unknown");
        }
        RecordRules.required(errors, "serviceType", referral.serviceType());
        RecordRules.text(errors, "message", referral.message(), RecordRules.SHORT_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!consents.hasActiveConsent(caseId, ConsentPurpose.PARTNER_SHARING)) {
            throw InvalidInputException.of("consent", "care.referral.consent-required");
        }
        String[] shares = (referral.shares() == null ? Set.<ReferralShare>of() : referral.shares()).stream()
                .sorted().map(Enum::name).toArray(String[]::new);
        long id = jdbc.sql("""
                insert into case_referral (case_id, partner_org_id, service_type, shares, message, sent_on, sent_by,
                                           partner_service_id)
                values (?, ?, ?, ?, ?, current_date, ?, ?) returning id""")
                .params(caseId.value(), referral.partnerOrgId(), referral.serviceType().name(), shares,
                        cipher.encrypt(Texts.blankToNull(referral.message()), MESSAGE), user.id(),
                        referral.partnerServiceId())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "REFERRAL_SENT", "case", caseId,
                "referral=" + id + ",shares=" + String.join(";", shares)
                        + (referral.partnerServiceId() == null ? "" : ",partner_service=" + referral.partnerServiceId())));
        events.publishEvent(new ReferralSent(caseId, id, referral.partnerOrgId(), referral.serviceType().name()));
        return id;
    }

    /**
     * The referral with the directory's service it names, if any: an unknown or removed service, a service of
     * another organisation than the partner given, or of another type than the one given, is refused (422) before
     * anything is written.
     */
    private NewReferral withService(NewReferral referral) {
        if (referral.partnerServiceId() == null) {
            return referral;
        }
        PartnerService service = partnerServices.service(new PartnerServiceId(referral.partnerServiceId()))
                .filter(s -> !s.removed())
                .orElseThrow(() -> InvalidInputException.of("partnerService", "care.referral.service.unknown"));
        if (referral.partnerOrgId() != null && referral.partnerOrgId() != service.organisationId().value()) {
            throw InvalidInputException.of("partnerService", "care.referral.service.other-partner");
        }
        if (referral.serviceType() != null && referral.serviceType() != service.type()) {
            throw InvalidInputException.of("partnerService", "care.referral.service.other-type");
        }
        return new NewReferral(service.organisationId().value(), service.type(), referral.shares(),
                referral.message(), referral.partnerServiceId());
    }

    /**
     * The directory's services that fit the case's needs and place (see {@link Suggestions}), for a case the person
     * has just read ({@code facts}, from {@link CaseAccess#readable}, which checks and audits the view).
     */
    @Transactional(readOnly = true)
    public Suggestions suggestions(CaseFacts facts, boolean home) {
        CaseId caseId = facts.id();
        record Place(long officeId, String citizenship) {
        }
        Place place = jdbc.sql("select office_id, citizenship from case_file where id = ?").param(caseId.value())
                .query(Place.class).single();
        Office office = directory.office(new OfficeId(place.officeId())).orElseThrow();
        Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
        jdbc.sql("select * from case_needs_assessment where case_id = ? and recorded_at <= ?"
                        + " order by assessed_on desc, id desc limit 1")
                .params(caseId.value(), facts.seenUntil())
                .query(rs -> {
                    for (Need need : Need.values()) {
                        if (NeedLevel.valueOf(rs.getString(need.column())) != NeedLevel.NONE) {
                            types.addAll(need.services());
                        }
                    }
                });
        String homeCountry = place.citizenship() != null && !place.citizenship().equals(office.countryCode())
                ? place.citizenship() : null;
        boolean atHome = home && homeCountry != null;
        String country = atHome ? homeCountry : office.countryCode();
        String city = atHome ? null : office.city();
        List<PartnerService> found = partnerServices.search(new PartnerServiceQuery(country, null, types,
                facts.child() ? ServedGroup.CHILDREN : null, null, 0, 200)).items();
        List<PartnerService> ordered = found.stream()
                .sorted(Comparator.comparing((PartnerService s) -> city == null || !city.equalsIgnoreCase(s.city()))
                        .thenComparing(s -> s.availability().ordinal()))
                .toList();
        return new Suggestions(country, city, types, facts.child(), atHome, homeCountry, ordered);
    }

    /** A partner of the receiving organisation answers a referral; anyone else finds nothing (404). */
    @Transactional
    public void answer(CurrentUser user, CaseId caseId, long referralId, Answer answer, String note) {
        CaseScope scope = guard.requireVisible(user, caseId);
        if (!(scope instanceof CaseScope.ReferredCases referred)) {
            throw new AccessDeniedException("only the receiving partner answers a referral");
        }
        record Current(String status, int version) {
        }
        Current current = jdbc.sql("""
                select status, version from case_referral
                 where id = ? and case_id = ? and partner_org_id = ? for update""")
                .params(referralId, caseId.value(), referred.organisationId()).query(Current.class).optional()
                .orElseThrow(() -> new NotFoundException("referral"));
        Map<String, String> errors = new LinkedHashMap<>();
        RecordRules.text(errors, "note", note, RecordRules.SHORT_TEXT);
        if (answer == Answer.DECLINE) {
            RecordRules.required(errors, "note", note);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReferralStatus from = ReferralStatus.valueOf(current.status());
        ReferralStatus to = switch (answer) {
            case ACCEPT -> ReferralStatus.ACCEPTED;
            case DECLINE -> ReferralStatus.DECLINED;
            case COMPLETE -> ReferralStatus.COMPLETED;
        };
        boolean allowed = switch (to) {
            case ACCEPTED, DECLINED -> from == ReferralStatus.SENT;
            case COMPLETED -> from == ReferralStatus.ACCEPTED;
            default -> false;
        };
        if (!allowed) {
            throw new ConflictException("care.referral.transition");
        }
        String sql = to == ReferralStatus.COMPLETED
                ? "update case_referral set status = ?, completed_on = current_date, version = version + 1"
                        + " where id = ? and version = ?"
                : "update case_referral set status = ?, responded_on = current_date, responded_by = ?,"
                        + " response_note = ?, version = version + 1 where id = ? and version = ?";
        List<Object> params = new ArrayList<>(List.of(to.name()));
        if (to != ReferralStatus.COMPLETED) {
            params.add(user.id());
            params.add(cipher.encrypt(Texts.blankToNull(note), RESPONSE_NOTE));
        }
        params.add(referralId);
        params.add(current.version());
        if (jdbc.sql(sql).params(params).update() != 1) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(user.getUsername(), "REFERRAL_" + to.name(), "case", caseId,
                "referral=" + referralId));
        events.publishEvent(new ReferralAnswered(caseId, referralId, referred.organisationId(), to.name()));
    }
}
