package org.sankofa.cases.assistance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner sees of a referred case: the case number and only the parts the referral shares. Names and contacts
 * are decrypted only when the referral shares them, and their view is audited.
 */
@Component
public class SharedParts {

    /** A referral as its partner sees it; a part not shared is null. */
    public record PartnerReferral(Referrals.Referral referral, String caseNumber, String name, Integer age,
            String sex, String contact, Assessments.NeedsAssessment needs, List<String> exploitationTypes) {
    }

    private final Referrals referrals;
    private final Assessments assessments;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditLog audit;

    SharedParts(Referrals referrals, Assessments assessments, JdbcClient jdbc, FieldCipher cipher, AuditLog audit) {
        this.referrals = referrals;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional
    public List<PartnerReferral> forPartner(CurrentUser user) {
        List<PartnerReferral> result = new ArrayList<>();
        for (Referrals.Referral referral : referrals.toMyOrganisation(user)) {
            result.add(view(user, referral));
        }
        return result;
    }

    private PartnerReferral view(CurrentUser user, Referrals.Referral referral) {
        Set<ReferralShare> shares = referral.shares();
        record Row(String caseNumber, String sex, int ageAtIdentification, String[] exploitationTypes,
                String givenNames, String familyName, String contact) {
        }
        Row row = jdbc.sql("""
                select c.case_number, c.sex, c.age_at_identification, c.exploitation_types,
                       p.given_names, p.family_name, p.contact
                  from case_file c left join case_person p on p.case_id = c.id where c.id = ?""")
                .param(referral.caseId().value()).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getArray(4) == null ? new String[0] : (String[]) rs.getArray(4).getArray(),
                        rs.getString(5), rs.getString(6), rs.getString(7))).single();
        String name = null;
        String contact = null;
        if (shares.contains(ReferralShare.NAME) && row.givenNames() != null) {
            String given = cipher.decrypt(row.givenNames(), "case_person.given_names");
            String family = cipher.decrypt(row.familyName(), "case_person.family_name");
            name = family == null ? given : given + " " + family;
        }
        if (shares.contains(ReferralShare.CONTACT)) {
            contact = cipher.decrypt(row.contact(), "case_person.contact");
        }
        if (name != null || contact != null) {
            audit.record(AuditEvent.of(user.getUsername(), "CASE_VIEWED", "case", referral.caseId(),
                    "via=referral,fields=" + (name != null ? "name" : "") + (name != null && contact != null ? ";" : "")
                            + (contact != null ? "contact" : "")));
        }
        boolean ageSex = shares.contains(ReferralShare.AGE_SEX);
        Optional<Assessments.NeedsAssessment> needs = shares.contains(ReferralShare.NEEDS)
                ? assessments.currentNeeds(referral.caseId()) : Optional.empty();
        return new PartnerReferral(referral, row.caseNumber(), name, ageSex ? row.ageAtIdentification() : null,
                ageSex ? row.sex() : null, contact, needs.orElse(null),
                shares.contains(ReferralShare.PROFILE) ? List.of(row.exploitationTypes()) : null);
    }
}
