package org.sankofa.cases.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.sankofa.cases.internal.protection.EncryptedColumn;

/**
 * The encrypted columns of the case record itself — the person, the places (of identification, recruitment and
 * exploitation: free text that can name a village, docs/decisions/0011) and the profile's narrative — for key
 * rotation.
 */
@Component
class CaseColumns implements EncryptedColumns {

    static final String GIVEN_NAMES = "case_person.given_names";
    static final String FAMILY_NAME = "case_person.family_name";
    static final String ALIASES = "case_person.aliases";
    static final String DATE_OF_BIRTH = "case_person.date_of_birth";
    static final String CONTACT = "case_person.contact";
    static final String ADDRESS = "case_person.address";
    static final String GUARDIAN_NAME = "case_person.guardian_name";
    static final String GUARDIAN_CONTACT = "case_person.guardian_contact";
    static final String NARRATIVE = "case_profile.narrative";
    static final String IDENTIFIED_CITY = "case_file.identified_city";
    static final String RECRUITMENT_PLACE = "case_profile.recruitment_place";
    static final String EXPLOITATION_PLACE = "case_profile.exploitation_place";

    /** The places, as they were in clear until V28 encrypted them: table, key column, column, label. */
    static final List<EncryptedColumn> PLACES = List.of(
            new EncryptedColumn("case_file", "id", "identified_city", IDENTIFIED_CITY),
            new EncryptedColumn("case_profile", "case_id", "recruitment_place", RECRUITMENT_PLACE),
            new EncryptedColumn("case_profile", "case_id", "exploitation_place", EXPLOITATION_PLACE));

    @Override
    public List<EncryptedColumn> columns() {
        List<EncryptedColumn> columns = new ArrayList<>(List.of(
                person("given_names"), person("family_name"), person("aliases"), person("date_of_birth"),
                person("contact"), person("address"), person("guardian_name"), person("guardian_contact"),
                new EncryptedColumn("case_profile", "case_id", "narrative", NARRATIVE)));
        columns.addAll(PLACES);
        return columns;
    }

    private static EncryptedColumn person(String column) {
        return new EncryptedColumn("case_person", "case_id", column, "case_person." + column);
    }
}
