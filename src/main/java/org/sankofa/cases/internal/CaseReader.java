package org.sankofa.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.CaseShare;
import org.sankofa.cases.RouteLeg;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case, decrypted, for someone allowed to see it: 403 without a case role, 404 outside one's scope. A
 * partner gets only the parts its referrals share. Every read of identifying data is recorded ({@link CaseViews}) —
 * not a save, which answers what the person wrote ({@link UpdateCase}, {@link RegisterCase}).
 */
@Service
public class CaseReader {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final CaseGuard guard;
    private final CaseViews views;
    private final Directory directory;

    CaseReader(JdbcClient jdbc, FieldCipher cipher, CaseGuard guard, CaseViews views, Directory directory) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.guard = guard;
        this.views = views;
        this.directory = directory;
    }

    /** The case as this person may see it; {@code via} says where it is shown (page, api, edit) for the audit. */
    @Transactional
    public CaseRecord read(CurrentUser user, CaseId caseId, String via) {
        CaseScope scope = guard.requireVisible(user, caseId);
        CaseRecord record = load(caseId, scope);
        views.record(user, caseId, via);
        return record;
    }

    /**
     * The case for its edit form, if the person may change it (the owning office's staff): a view, recorded
     * (CASE_VIEWED via edit) — the form shows every identifying field.
     */
    @Transactional
    public CaseRecord readToChange(CurrentUser user, CaseId caseId) {
        CaseScope scope = guard.requireEditable(user, caseId);
        CaseRecord record = load(caseId, scope);
        views.record(user, caseId, "edit");
        return record;
    }

    /** The parts of the case the partner's referrals share (every part for the office's own people). */
    Set<CaseShare> sharesOf(CaseScope scope, CaseId caseId) {
        if (!(scope instanceof CaseScope.ReferredCases partner)) {
            return EnumSet.allOf(CaseShare.class);
        }
        List<String> values = jdbc.sql("""
                select distinct unnest(shares) from case_referral
                 where case_id = ? and partner_org_id = ? and status in ('SENT', 'ACCEPTED', 'COMPLETED')""")
                .params(caseId.value(), partner.organisationId()).query(String.class).list();
        Set<CaseShare> shares = EnumSet.noneOf(CaseShare.class);
        for (String value : values) {
            Arrays.stream(CaseShare.values()).filter(s -> s.name().equals(value)).forEach(shares::add);
        }
        return shares;
    }

    /** Loads a case without checks or audit: callers have checked the scope. */
    CaseRecord load(CaseId caseId, CaseScope scope) {
        boolean full = !scope.partner();
        Set<CaseShare> shares = sharesOf(scope, caseId);
        CaseRecord record = jdbc.sql("""
                select c.*, p.given_names, p.family_name, p.aliases, p.date_of_birth, p.contact, p.address,
                       p.guardian_name, p.guardian_contact, p.guardian_relation,
                       f.recruitment_method, f.control_methods, f.forced_labour_industry, f.sex_exploitation_type,
                       f.recruiter_relation, f.recruitment_country, f.recruitment_place, f.exploitation_country,
                       f.exploitation_place, f.narrative
                  from case_file c
                  left join case_person p on p.case_id = c.id
                  left join case_profile f on f.case_id = c.id
                 where c.id = ?""")
                .param(caseId.value())
                .query((rs, n) -> map(rs, full, shares, former(scope, rs.getLong("office_id"))))
                .optional().orElseThrow(() -> new NotFoundException("case"));
        List<RouteLeg> route = null;
        if (full || shares.contains(CaseShare.PROFILE)) {
            route = jdbc.sql("""
                    select country, role, arrived_on, left_on from case_route_leg where case_id = ? order by position""")
                    .param(caseId.value())
                    .query((rs, n) -> new RouteLeg(rs.getString("country"), rs.getString("role"),
                            localDate(rs, "arrived_on"), localDate(rs, "left_on")))
                    .list();
        }
        // the offices' codes from the directory, in one lookup (the owning and the identifying office)
        CaseRecord.Identification i = record.identification();
        Set<OfficeId> officeIds = new HashSet<>(Set.of(new OfficeId(record.officeId())));
        if (i != null) {
            officeIds.add(new OfficeId(i.identifyingOfficeId()));
        }
        Map<OfficeId, Office> offices = directory.offices(officeIds);
        CaseRecord.Identification identification = i == null ? null : new CaseRecord.Identification(
                i.identifiedOn(), i.country(), i.city(), i.identifyingOfficeId(),
                code(offices, i.identifyingOfficeId()), i.referralSource(), i.traffickingStatus(),
                i.statusDecidedBy());
        return new CaseRecord(record.id(), record.caseNumber(), record.officeId(), code(offices, record.officeId()),
                record.status(), record.version(), record.shares(), full, identification, record.person(),
                record.profile(), route);
    }

    private static String code(Map<OfficeId, Office> offices, long officeId) {
        Office office = offices.get(new OfficeId(officeId));
        return office == null ? null : office.code();
    }

    /**
     * Whether the person's office transferred this case away: it keeps the history, not the person's whereabouts
     * and contacts, which the receiving office may have updated since.
     */
    private static boolean former(CaseScope scope, long owner) {
        return scope instanceof CaseScope.OfficeCases office && office.officeId() != owner;
    }

    private CaseRecord map(ResultSet rs, boolean full, Set<CaseShare> shares, boolean former) throws SQLException {
        boolean name = full || shares.contains(CaseShare.NAME);
        boolean ageSex = full || shares.contains(CaseShare.AGE_SEX);
        boolean contact = full ? !former : shares.contains(CaseShare.CONTACT);
        boolean profile = full || shares.contains(CaseShare.PROFILE);
        CaseRecord.Identification identification = !full ? null : new CaseRecord.Identification(
                localDate(rs, "identified_on"), rs.getString("identified_country"),
                cipher.decrypt(rs.getString("identified_city"), CaseColumns.IDENTIFIED_CITY),
                rs.getLong("identifying_office_id"), null,
                rs.getString("referral_source"), rs.getString("trafficking_status"),
                rs.getString("status_decided_by"));
        String dob = full ? cipher.decrypt(rs.getString("date_of_birth"), CaseColumns.DATE_OF_BIRTH) : null;
        CaseRecord.Person person = new CaseRecord.Person(
                name ? cipher.decrypt(rs.getString("given_names"), CaseColumns.GIVEN_NAMES) : null,
                name ? cipher.decrypt(rs.getString("family_name"), CaseColumns.FAMILY_NAME) : null,
                name ? cipher.decrypt(rs.getString("aliases"), CaseColumns.ALIASES) : null,
                ageSex ? rs.getString("sex") : null,
                dob == null ? null : LocalDate.parse(dob),
                ageSex ? rs.getInt("age_at_identification") : null,
                ageSex ? rs.getBoolean("age_estimated") : null,
                ageSex ? rs.getBoolean("is_child") : null,
                ageSex ? rs.getString("citizenship") : null,
                ageSex ? strings(rs.getArray("languages")) : null,
                contact ? cipher.decrypt(rs.getString("contact"), CaseColumns.CONTACT) : null,
                contact ? cipher.decrypt(rs.getString("address"), CaseColumns.ADDRESS) : null,
                contact ? cipher.decrypt(rs.getString("guardian_name"), CaseColumns.GUARDIAN_NAME) : null,
                contact ? cipher.decrypt(rs.getString("guardian_contact"), CaseColumns.GUARDIAN_CONTACT) : null,
                contact ? rs.getString("guardian_relation") : null);
        CaseRecord.Profile caseProfile = !profile ? null : new CaseRecord.Profile(rs.getString("recruitment_method"),
                strings(rs.getArray("control_methods")), strings(rs.getArray("exploitation_types")),
                rs.getString("forced_labour_industry"), rs.getString("sex_exploitation_type"),
                rs.getString("recruiter_relation"), rs.getString("recruitment_country"),
                cipher.decrypt(rs.getString("recruitment_place"), CaseColumns.RECRUITMENT_PLACE),
                rs.getString("exploitation_country"),
                cipher.decrypt(rs.getString("exploitation_place"), CaseColumns.EXPLOITATION_PLACE),
                cipher.decrypt(rs.getString("narrative"), CaseColumns.NARRATIVE));
        return new CaseRecord(CaseId.of(rs.getLong("id")), rs.getString("case_number"), rs.getLong("office_id"),
                null, rs.getString("status"), rs.getInt("version"),
                full ? EnumSet.allOf(CaseShare.class) : shares, full, identification, person, caseProfile, null);
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
