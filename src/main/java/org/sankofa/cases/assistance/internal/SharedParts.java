package org.sankofa.cases.assistance.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.internal.CaseGuard;
import org.sankofa.cases.internal.CaseScope;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner sees of a referred case: the case number and only the parts the referral shares. Names and contacts
 * are read and decrypted only when the referral shares them, and their view is audited.
 */
@Component
public class SharedParts {

    /** A referral as its partner sees it; a part not shared is null. */
    public record PartnerReferral(Referrals.Referral referral, String caseNumber, String name, Integer age,
            String sex, String contact, Assessments.NeedsAssessment needs, List<String> exploitationTypes) {
    }

    /**
     * The referrals to the partner's organisation with the shared parts of their cases, in one query: the case
     * (case number, age, sex, forms of exploitation), the person's name and contact only where shared, and the
     * current needs assessment only where shared.
     */
    private static final String SHARED = """
            select %s, c.case_number, c.sex, c.age_at_identification, c.exploitation_types,
                   case when 'NAME' = any(r.shares) then p.given_names end as given_names,
                   case when 'NAME' = any(r.shares) then p.family_name end as family_name,
                   case when 'CONTACT' = any(r.shares) then p.contact end as contact, needs.*
              from case_referral r join case_file c on c.id = r.case_id left join case_person p on p.case_id = c.id
                   left join lateral (select %s from case_needs_assessment a
                                       where a.case_id = r.case_id and 'NEEDS' = any(r.shares)
                                       order by a.assessed_on desc, a.id desc limit 1) needs on true
             where r.partner_org_id = :org and r.status in ('SENT', 'ACCEPTED', 'COMPLETED') and\s"""
            .formatted(Referrals.COLUMNS, Assessments.needsColumns("needs_"));

    private record Shared(Referrals.Row referral, String caseNumber, String sex, int age, List<String> exploitation,
            String givenNames, String familyName, String contact, Assessments.NeedsRow needs) {
    }

    private final Referrals referrals;
    private final Assessments assessments;
    private final CaseGuard guard;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final UserAccounts users;

    SharedParts(Referrals referrals, Assessments assessments, CaseGuard guard, JdbcClient jdbc, FieldCipher cipher,
            AuditLog audit, UserAccounts users) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.guard = guard;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.users = users;
    }

    /**
     * The referrals sent to the partner's organisation (not declined ones), newest first, at most 500: the same few
     * statements however many there are — the list, the names of the partner and of the senders and assessors, and
     * one audit entry per case whose name or contact is shown.
     */
    @Transactional
    public List<PartnerReferral> forPartner(CurrentUser user) {
        CaseScope scope = guard.scopeOf(user);
        if (!(scope instanceof CaseScope.ReferredCases referred)) {
            throw new AccessDeniedException("partners only");
        }
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("org", referred.organisationId());
        List<Shared> rows = jdbc.sql(SHARED + scope.predicate("c") + " order by r.sent_on desc, r.id desc limit 500")
                .params(parameters)
                .query((rs, n) -> new Shared(referrals.row(rs), rs.getString("case_number"), rs.getString("sex"),
                        rs.getInt("age_at_identification"), texts(rs.getArray("exploitation_types")),
                        rs.getString("given_names"), rs.getString("family_name"), rs.getString("contact"),
                        assessments.needsRow(rs, "needs_")))
                .list();
        Function<Long, String> people = users.displayNames(rows.stream()
                .flatMap(row -> Stream.of(row.referral().sentBy(),
                        row.needs() == null ? null : row.needs().assessedBy()))
                .filter(Objects::nonNull).toList());
        List<Referrals.Referral> named = referrals.named(rows.stream().map(Shared::referral).toList(), people);
        List<PartnerReferral> result = new ArrayList<>(rows.size());
        List<AuditEvent> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Shared row = rows.get(i);
            PartnerReferral shown = view(row, named.get(i), people);
            result.add(shown);
            if (shown.name() != null || shown.contact() != null) {
                views.add(AuditEvent.of(user.getUsername(), "CASE_VIEWED", "case", row.referral().caseId(),
                        "via=referral,fields=" + String.join(";", Stream.of(shown.name() == null ? null : "name",
                                shown.contact() == null ? null : "contact").filter(Objects::nonNull).toList())));
            }
        }
        audit.recordAll(views);
        return result;
    }

    private PartnerReferral view(Shared row, Referrals.Referral referral, Function<Long, String> people) {
        String name = null;
        if (row.givenNames() != null) {
            String given = cipher.decrypt(row.givenNames(), "case_person.given_names");
            String family = cipher.decrypt(row.familyName(), "case_person.family_name");
            name = family == null ? given : given + " " + family;
        }
        String contact = cipher.decrypt(row.contact(), "case_person.contact");
        boolean ageSex = referral.shares().contains(ReferralShare.AGE_SEX);
        boolean profile = referral.shares().contains(ReferralShare.PROFILE);
        return new PartnerReferral(referral, row.caseNumber(), name, ageSex ? row.age() : null,
                ageSex ? row.sex() : null, contact, row.needs() == null ? null : row.needs().named(people),
                profile ? row.exploitation() : null);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
