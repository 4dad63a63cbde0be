package org.sankofa.cases;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.sankofa.cases.internal.protection.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts minimal cases straight into the tables, for tests of parts of the case module that need a case to work
 * on. Names and the place are encrypted as the application does (label = table.column).
 */
public final class CaseFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(90_000);

    private CaseFixtures() {
    }

    /** A child case owned by the office with the given code (e.g. SN-DKR); returns its id. */
    public static CaseId childCase(JdbcClient jdbc, FieldCipher cipher, String officeCode, String givenNames,
            String familyName) {
        record Office(long id, String city) {
        }
        Office office = jdbc.sql("select id, city from office where code = ?").param(officeCode).query(Office.class)
                .single();
        String number = officeCode + "-T" + LocalDate.now().getYear() + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                insert into case_file (case_number, office_id, identified_on, identified_country, identified_city,
                                       identifying_office_id, referral_source, trafficking_status, sex,
                                       age_at_identification, age_estimated, citizenship, exploitation_types)
                select ?, o.id, current_date - 3, o.country_code, ?, o.id, 'NgoOutreach',
                       'PossibleVictimOfTrafficking', 'Masculine', 11, true, 'GN', '{ForcedBegging}'
                  from office o where o.id = ?
                returning id""")
                .params(number, cipher.encrypt(office.city(), "case_file.identified_city"), office.id())
                .query(Long.class).single();
        jdbc.sql("insert into case_person (case_id, given_names, family_name) values (?, ?, ?)")
                .params(id, cipher.encrypt(givenNames, "case_person.given_names"),
                        cipher.encrypt(familyName, "case_person.family_name"))
                .update();
        return CaseId.of(id);
    }

    /**
     * An active consent of the child's guardian, with the child's assent, given yesterday for {@code purpose} (the
     * name of a consent purpose, e.g. {@code PARTNER_SHARING}, {@code CROSS_BORDER_SHARING}).
     */
    public static void consent(JdbcClient jdbc, CaseId caseId, String purpose) {
        jdbc.sql("""
                insert into case_consent (case_id, purpose, given_by, given_on, guardian_consent, child_assent)
                values (?, ?, 'GUARDIAN', current_date - 1, true, true)""")
                .params(caseId.value(), purpose).update();
    }
}
