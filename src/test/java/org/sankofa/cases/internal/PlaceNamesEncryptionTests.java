package org.sankofa.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 28 encrypts the places that cases registered before it hold in clear, and nothing else: a place already
 * encrypted is left as it is, so that a second run changes nothing.
 */
@SankofaTest
class PlaceNamesEncryptionTests {

    @Autowired
    PlaceNamesEncryption migration;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    CaseReader reader;
    @Autowired
    UserAccounts users;

    record Raw(String city, String recruitment, String exploitation) {
    }

    private Raw raw(CaseId caseId) {
        return jdbc.sql("""
                select c.identified_city as city, f.recruitment_place as recruitment,
                       f.exploitation_place as exploitation
                  from case_file c join case_profile f on f.case_id = c.id where c.id = ?""")
                .param(caseId.value()).query(Raw.class).single();
    }

    @Test
    void theMigrationEncryptsThePlacesStoredInClearOnceAndLeavesEncryptedOnesAlone() throws Exception {
        // a case as V27 left it: places typed before they were encrypted, one of them starting as a ciphertext does
        CaseId old = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Fanta", "Oldplaces" + System.nanoTime());
        jdbc.sql("update case_file set identified_city = 'Pikine, rue 10' where id = ?").param(old.value()).update();
        jdbc.sql("""
                insert into case_profile (case_id, recruitment_country, recruitment_place, exploitation_country,
                                          exploitation_place)
                values (?, 'GN', 'v1:Hamdallaye, route de Labé', 'SN', 'Chez la famille Ndiaye, Pikine')""")
                .param(old.value()).update();
        // and a case written since: its places are encrypted already
        CaseId recent = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Awa", "Newplaces" + System.nanoTime());
        jdbc.sql("insert into case_profile (case_id, recruitment_place) values (?, ?)")
                .params(recent.value(), cipher.encrypt("Labé", CaseColumns.RECRUITMENT_PLACE)).update();
        try {
            migratesTheOldCaseOnly(old, recent);
        } finally { // a place left in clear would stop key rotation for every other test
            jdbc.sql("delete from case_file where id in (?, ?)").params(old.value(), recent.value()).update();
        }
    }

    private void migratesTheOldCaseOnly(CaseId old, CaseId recent) throws Exception {
        Raw recentBefore = raw(recent);
        Map<String, Long> encrypted;
        try (Connection connection = dataSource.getConnection()) {
            encrypted = migration.encryptClearPlaces(connection);
        }

        assertThat(encrypted).containsExactly(Map.entry(CaseColumns.IDENTIFIED_CITY, 1L),
                Map.entry(CaseColumns.RECRUITMENT_PLACE, 1L), Map.entry(CaseColumns.EXPLOITATION_PLACE, 1L));
        Raw after = raw(old);
        assertThat(after.city()).startsWith("v1:").doesNotContain("Pikine");
        assertThat(after.recruitment()).startsWith("v1:").doesNotContain("Hamdallaye");
        assertThat(after.exploitation()).startsWith("v1:").doesNotContain("Ndiaye");
        assertThat(raw(recent)).isEqualTo(recentBefore);
        CaseRecord read = reader.read(users.findByUsername("caseworker.dakar").orElseThrow(), old, "test");
        assertThat(read.identification().city()).isEqualTo("Pikine, rue 10");
        assertThat(read.profile().recruitmentPlace()).isEqualTo("v1:Hamdallaye, route de Labé");
        assertThat(read.profile().exploitationPlace()).isEqualTo("Chez la famille Ndiaye, Pikine");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(migration.encryptClearPlaces(connection).values()).containsOnly(0L);
        }
        assertThat(raw(old)).isEqualTo(after);
    }

    @Test
    void flywayRanItAfterTheColumnsWereWidened() {
        assertThat(jdbc.sql("select version from flyway_schema_history where success and type = 'JDBC'"
                + " and description = ?").param(migration.getDescription()).query(String.class).list())
                .containsExactly("28");
        assertThat(jdbc.sql("""
                select string_agg(data_type, ',' order by table_name, column_name) from information_schema.columns
                 where (table_name, column_name) in (('case_file', 'identified_city'),
                       ('case_profile', 'recruitment_place'), ('case_profile', 'exploitation_place'))""")
                .query(String.class).single()).isEqualTo("text,text,text");
    }
}
