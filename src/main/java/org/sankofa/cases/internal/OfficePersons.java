package org.sankofa.cases.internal;

import java.util.List;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.PersonsOnRecord;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PersonsOnRecord}: an office's persons read and decrypted in one query, within the office's scope. */
@Service
class OfficePersons implements PersonsOnRecord {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final CaseGuard guard;

    OfficePersons(JdbcClient jdbc, FieldCipher cipher, CaseGuard guard) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.guard = guard;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Person> ofOwnOffice(CurrentUser user) {
        if (!(guard.scopeOf(user) instanceof CaseScope.OfficeCases office)) {
            throw new AccessDeniedException("only an office's case staff compare its persons");
        }
        return jdbc.sql("""
                select f.id, f.case_number, f.status, f.sex, f.age_at_identification, f.identified_on, f.citizenship,
                       p.given_names, p.family_name, p.date_of_birth, p.guardian_name, pr.recruitment_place
                  from case_file f
                  join case_person p on p.case_id = f.id
                  left join case_profile pr on pr.case_id = f.id
                 where f.office_id = ?
                 order by f.id""")
                .param(office.officeId())
                .query((rs, row) -> {
                    String dob = cipher.decrypt(rs.getString("date_of_birth"), CaseColumns.DATE_OF_BIRTH);
                    return new Person(new CaseId(rs.getLong("id")), rs.getString("case_number"),
                            rs.getString("status"),
                            cipher.decrypt(rs.getString("given_names"), CaseColumns.GIVEN_NAMES),
                            cipher.decrypt(rs.getString("family_name"), CaseColumns.FAMILY_NAME),
                            rs.getString("sex"), dob == null ? null : java.time.LocalDate.parse(dob),
                            rs.getInt("age_at_identification"), rs.getObject("identified_on", java.time.LocalDate.class),
                            rs.getString("citizenship"),
                            cipher.decrypt(rs.getString("recruitment_place"), CaseColumns.RECRUITMENT_PLACE),
                            cipher.decrypt(rs.getString("guardian_name"), CaseColumns.GUARDIAN_NAME));
                }).list();
    }
}
