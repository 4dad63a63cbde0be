package org.sankofa.cases.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.sankofa.cases.internal.protection.EncryptedColumn;

/** The encrypted columns of the case record itself (the person and the profile's narrative), for key rotation. */
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

    @Override
    public List<EncryptedColumn> columns() {
        return List.of(
                person("given_names"), person("family_name"), person("aliases"), person("date_of_birth"),
                person("contact"), person("address"), person("guardian_name"), person("guardian_contact"),
                new EncryptedColumn("case_profile", "case_id", "narrative", NARRATIVE));
    }

    private static EncryptedColumn person(String column) {
        return new EncryptedColumn("case_person", "case_id", column, "case_person." + column);
    }
}
