package org.sankofa.cases.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.CaseShare;
import org.sankofa.cases.RouteLeg;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the parts of a case that registration and changes share: the person (encrypted), the profile (its places and
 * narrative encrypted), the route and the blind index of the names. Callers run it inside their transaction.
 */
@Component
class CaseWriter {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final NameSearchKeys nameKeys;

    CaseWriter(JdbcClient jdbc, FieldCipher cipher, NameSearchKeys nameKeys) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.nameKeys = nameKeys;
    }

    /** The city of identification as stored: encrypted, like every free place name (docs/decisions/0011). */
    String identifiedCity(CaseDraft d) {
        return cipher.encrypt(d.identifiedCity(), CaseColumns.IDENTIFIED_CITY);
    }

    void writePerson(CaseId caseId, CaseDraft d) {
        jdbc.sql("""
                insert into case_person (case_id, given_names, family_name, aliases, date_of_birth, contact, address,
                                         guardian_name, guardian_contact, guardian_relation)
                values (:id, :given, :family, :aliases, :dob, :contact, :address, :gname, :gcontact, :grelation)
                on conflict (case_id) do update set given_names = excluded.given_names,
                    family_name = excluded.family_name, aliases = excluded.aliases,
                    date_of_birth = excluded.date_of_birth, contact = excluded.contact, address = excluded.address,
                    guardian_name = excluded.guardian_name, guardian_contact = excluded.guardian_contact,
                    guardian_relation = excluded.guardian_relation""")
                .param("id", caseId.value())
                .param("given", cipher.encrypt(d.givenNames(), CaseColumns.GIVEN_NAMES))
                .param("family", cipher.encrypt(d.familyName(), CaseColumns.FAMILY_NAME))
                .param("aliases", cipher.encrypt(d.aliases(), CaseColumns.ALIASES))
                .param("dob", cipher.encrypt(d.dateOfBirth() == null ? null : d.dateOfBirth().toString(),
                        CaseColumns.DATE_OF_BIRTH))
                .param("contact", cipher.encrypt(d.contact(), CaseColumns.CONTACT))
                .param("address", cipher.encrypt(d.address(), CaseColumns.ADDRESS))
                .param("gname", cipher.encrypt(d.guardianName(), CaseColumns.GUARDIAN_NAME))
                .param("gcontact", cipher.encrypt(d.guardianContact(), CaseColumns.GUARDIAN_CONTACT))
                .param("grelation", d.guardianRelation())
                .update();
    }

    void writeProfile(CaseId caseId, CaseDraft d) {
        jdbc.sql("""
                insert into case_profile (case_id, recruitment_method, control_methods, forced_labour_industry,
                                          sex_exploitation_type, recruiter_relation, recruitment_country,
                                          recruitment_place, exploitation_country, exploitation_place, narrative)
                values (:id, :method, cast(:control as varchar[]), :industry, :sexType, :relation, :rcountry,
                        :rplace, :ecountry, :eplace, :narrative)
                on conflict (case_id) do update set recruitment_method = excluded.recruitment_method,
                    control_methods = excluded.control_methods,
                    forced_labour_industry = excluded.forced_labour_industry,
                    sex_exploitation_type = excluded.sex_exploitation_type,
                    recruiter_relation = excluded.recruiter_relation,
                    recruitment_country = excluded.recruitment_country,
                    recruitment_place = excluded.recruitment_place,
                    exploitation_country = excluded.exploitation_country,
                    exploitation_place = excluded.exploitation_place, narrative = excluded.narrative""")
                .param("id", caseId.value())
                .param("method", d.recruitmentMethod())
                .param("control", textArray(d.controlMethods()))
                .param("industry", d.forcedLabourIndustry())
                .param("sexType", d.sexExploitationType())
                .param("relation", d.recruiterRelation())
                .param("rcountry", d.recruitmentCountry())
                .param("rplace", cipher.encrypt(d.recruitmentPlace(), CaseColumns.RECRUITMENT_PLACE))
                .param("ecountry", d.exploitationCountry())
                .param("eplace", cipher.encrypt(d.exploitationPlace(), CaseColumns.EXPLOITATION_PLACE))
                .param("narrative", cipher.encrypt(d.narrative(), CaseColumns.NARRATIVE))
                .update();
    }

    void writeRoute(CaseId caseId, List<RouteLeg> route) {
        jdbc.sql("delete from case_route_leg where case_id = ?").param(caseId.value()).update();
        int position = 0;
        for (RouteLeg leg : route) {
            jdbc.sql("""
                    insert into case_route_leg (case_id, position, country, role, arrived_on, left_on)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(caseId.value(), position++, leg.country(), leg.role(), date(leg.arrivedOn()), date(leg.leftOn()))
                    .update();
        }
    }

    /** Replaces the blind-index rows of the case with the digests of its names (never the names themselves). */
    void writeNameKeys(CaseId caseId, long officeId, CaseDraft d) {
        jdbc.sql("delete from case_name_key where case_id = ?").param(caseId.value()).update();
        Set<Long> keys = nameKeys.keysFor(searchableName(d.givenNames(), d.familyName(), d.aliases()));
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into case_name_key (name_key, office_id, case_id)
                select k, :office, :case from unnest(cast(:keys as bigint[])) k on conflict do nothing""")
                .param("office", officeId).param("case", caseId.value()).param("keys", NameSearchKeys.sqlArray(keys))
                .update();
    }

    /**
     * The case as a checked draft leaves it, without reading it back: what registration and a change answer with
     * (the person sent every value; nothing is shown that they did not write, so this is not a view of the case).
     */
    static CaseRecord written(CaseId id, String caseNumber, long officeId, String officeCode, String status,
            int version, long identifyingOfficeId, String identifyingOfficeCode, CaseRules.CheckedCase checked) {
        CaseDraft d = checked.draft();
        return new CaseRecord(id, caseNumber, officeId, officeCode, status, version, EnumSet.allOf(CaseShare.class),
                true, new CaseRecord.Identification(d.identifiedOn(), d.identifiedCountry(), d.identifiedCity(),
                        identifyingOfficeId, identifyingOfficeCode, d.referralSource(), d.traffickingStatus(),
                        d.statusDecidedBy()),
                new CaseRecord.Person(d.givenNames(), d.familyName(), d.aliases(), d.sex(), d.dateOfBirth(),
                        checked.ageAtIdentification(), checked.ageEstimated(), checked.child(), d.citizenship(),
                        d.languages(), d.contact(), d.address(), d.guardianName(), d.guardianContact(),
                        d.guardianRelation()),
                new CaseRecord.Profile(d.recruitmentMethod(), d.controlMethods(), d.exploitationTypes(),
                        d.forcedLabourIndustry(), d.sexExploitationType(), d.recruiterRelation(),
                        d.recruitmentCountry(), d.recruitmentPlace(), d.exploitationCountry(), d.exploitationPlace(),
                        d.narrative()),
                d.route());
    }

    static String searchableName(String givenNames, String familyName, String aliases) {
        StringBuilder name = new StringBuilder(givenNames == null ? "" : givenNames);
        if (familyName != null) {
            name.append(' ').append(familyName);
        }
        if (aliases != null) {
            name.append(' ').append(aliases);
        }
        return name.toString();
    }

    static String textArray(List<String> values) {
        // codes are checked against the code lists before they get here: letters and digits only
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
