package org.sankofa.cases.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sankofa.cases.internal.protection.KeyRotation;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.internal.protection.EncryptedColumns;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.cases.internal.protection.NameMatcher;
import org.sankofa.cases.internal.protection.KeyRotationCommand;
import org.sankofa.cases.internal.protection.NameTokens;
import org.sankofa.cases.internal.protection.EncryptedColumn;

/**
 * Encrypted names and their blind index on the real PostgreSQL: the table holds no name in clear, a variant spelling
 * finds the person through the digests, and key rotation re-encrypts stored values — the case's places too.
 */
@SankofaTest
class ProtectedNamesDatabaseTests {

    private static final String NAMES = "person.full_name";
    private static final String PHOTO = "person.photo";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FieldCipher cipher;

    @Autowired
    NameSearchKeys nameKeys;

    @Autowired
    NameMatcher matcher;

    @Autowired
    KeyRotation registeredRotation;

    private String table;

    record Found(long id, String name) {
    }

    @BeforeEach
    void createTestTable() {
        table = "protection_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create table " + table + " (id bigserial primary key, full_name text not null, photo bytea, "
                + "name_keys bigint[] not null)").update();
        jdbc.sql("create index " + table + "_keys on " + table + " using gin (name_keys)").update();
    }

    @AfterEach
    void dropTestTable() {
        jdbc.sql("drop table if exists " + table).update();
    }

    @Test
    void storedNamesAreNeverInClearAndAVariantSpellingFindsThePersonThroughTheDigests() {
        List<String> people = List.of("Aminatou Dialo", "Fatoumata Diallo", "Moussa Traoré", "Mamadou Diop",
                "Aïssatou N'Diaye", "Ibrahima Coulibaly");
        for (String person : people) {
            store(cipher, person, null);
        }

        List<Map<String, Object>> raw = jdbc.sql("select id, full_name, photo::text as photo, name_keys::text as keys "
                + "from " + table).query().listOfRows();
        assertThat(raw).hasSize(people.size());
        for (Map<String, Object> row : raw) {
            String everything = row.values().toString().toLowerCase(java.util.Locale.ROOT);
            for (String person : people) {
                for (String word : NameTokens.tokens(person)) {
                    assertThat(everything).as("raw row").doesNotContain(word);
                }
            }
            assertThat((String) row.get("full_name")).startsWith("v1:");
        }

        assertThat(search("Aminata Diallo")).extracting(Found::name).containsExactly("Aminatou Dialo");
        assertThat(search("diallo fatimata")).extracting(Found::name).containsExactly("Fatoumata Diallo");
        assertThat(search("Musa Traore")).extracting(Found::name).containsExactly("Moussa Traoré");
        assertThat(search("Aisatou Ndiaye")).extracting(Found::name).containsExactly("Aïssatou N'Diaye");
        assertThat(search("Brahima Kulibali")).extracting(Found::name).containsExactly("Ibrahima Coulibaly");
        assertThat(search("Moussa Touré")).isEmpty();
    }

    @Test
    void rotationReencryptsEveryValueUnderTheNewKeyInBatchesAndOldValuesStayReadableUntilThen() {
        FieldCipher underK1 = new FieldCipher(TestKeys.onlyK1());
        for (int i = 0; i < 5; i++) {
            store(underK1, "Oumar Sow " + i, ("photo of Oumar " + i).getBytes(StandardCharsets.UTF_8));
        }
        FieldCipher afterRotation = new FieldCipher(TestKeys.k2ActiveK1Kept());
        String before = jdbc.sql("select full_name from " + table + " order by id limit 1").query(String.class)
                .single();
        assertThat(before).startsWith("v1:k1:");
        assertThat(afterRotation.decrypt(before, NAMES)).isEqualTo("Oumar Sow 0");

        List<EncryptedColumn> columns = List.of(new EncryptedColumn(table, "id", "full_name", NAMES),
                new EncryptedColumn(table, "id", "photo", PHOTO));
        StaticListableBeanFactory registry = new StaticListableBeanFactory(
                Map.of("testColumns", (EncryptedColumns) () -> columns));
        KeyRotation rotation = new KeyRotation(jdbc, transactions, afterRotation,
                registry.getBeanProvider(EncryptedColumns.class), 2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        KeyRotationCommand command = new KeyRotationCommand(rotation, TestKeys.k2ActiveK1Kept(), null,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(command.rotate()).isEqualTo(10);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(table + ".full_name: 5 values examined, "
                + "5 re-encrypted").contains("10 values re-encrypted under 'k2'");

        List<String> names = jdbc.sql("select full_name from " + table + " order by id").query(String.class).list();
        List<byte[]> photos = jdbc.sql("select photo from " + table + " order by id").query(byte[].class).list();
        assertThat(names).allSatisfy(value -> assertThat(value).startsWith("v1:k2:"));
        assertThat(names).extracting(value -> afterRotation.decrypt(value, NAMES))
                .containsExactly("Oumar Sow 0", "Oumar Sow 1", "Oumar Sow 2", "Oumar Sow 3", "Oumar Sow 4");
        assertThat(photos).allSatisfy(value -> assertThat(FieldCipher.keyIdOf(value)).isEqualTo("k2"));
        assertThat(new String(afterRotation.decrypt(photos.get(4), PHOTO), StandardCharsets.UTF_8))
                .isEqualTo("photo of Oumar 4");

        assertThat(rotation.rotateAll()).extracting(KeyRotation.ColumnRotated::reencrypted).containsOnly(0L);
    }

    @Test
    void theCaseRecordRegistersItsEncryptedColumnsForRotation() {
        // the case record (CaseColumns) registers the person's identifying fields, its places and the narrative
        assertThat(registeredRotation.registeredColumns()).extracting(EncryptedColumn::label)
                .contains("case_person.given_names", "case_person.family_name", "case_person.aliases",
                        "case_person.contact", "case_person.address", "case_person.guardian_name",
                        "case_profile.narrative", "case_file.identified_city", "case_profile.recruitment_place",
                        "case_profile.exploitation_place");
        assertThat(registeredRotation.rotateAll()).hasSameSizeAs(registeredRotation.registeredColumns());
    }

    @Test
    void rotationReencryptsTheCasePlacesWhereTheyAreStored() {
        // the places of one case, under k1; rotated as registered, through views that show only this case's rows
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Kadia", "Rotatedplaces" + System.nanoTime());
        FieldCipher underK1 = new FieldCipher(TestKeys.onlyK1());
        FieldCipher afterRotation = new FieldCipher(TestKeys.k2ActiveK1Kept());
        Map<String, String> places = Map.of("case_file.identified_city", "Guédiawaye, quartier 4",
                "case_profile.recruitment_place", "Koundara", "case_profile.exploitation_place", "Marché Tilène");
        jdbc.sql("update case_file set identified_city = ? where id = ?")
                .params(underK1.encrypt(places.get("case_file.identified_city"), "case_file.identified_city"),
                        caseId.value()).update();
        jdbc.sql("insert into case_profile (case_id, recruitment_place, exploitation_place) values (?, ?, ?)")
                .params(caseId.value(), underK1.encrypt(places.get("case_profile.recruitment_place"),
                                "case_profile.recruitment_place"),
                        underK1.encrypt(places.get("case_profile.exploitation_place"),
                                "case_profile.exploitation_place")).update();
        List<EncryptedColumn> registered = registeredRotation.registeredColumns().stream()
                .filter(column -> places.containsKey(column.label())).toList();
        assertThat(registered).hasSize(3);
        try {
            List<EncryptedColumn> ofThisCase = registered.stream().map(column -> {
                String view = "places_" + caseId + "_" + column.column();
                jdbc.sql("create view " + view + " as select * from " + column.table() + " where "
                        + column.idColumn() + " = " + caseId.value()).update();
                return new EncryptedColumn(view, column.idColumn(), column.column(), column.label());
            }).toList();
            StaticListableBeanFactory views = new StaticListableBeanFactory(
                    Map.of("places", (EncryptedColumns) () -> ofThisCase));
            KeyRotation rotation = new KeyRotation(jdbc, transactions, afterRotation,
                    views.getBeanProvider(EncryptedColumns.class), 500);

            assertThat(rotation.rotateAll()).extracting(KeyRotation.ColumnRotated::reencrypted)
                    .containsExactly(1L, 1L, 1L);
            for (EncryptedColumn column : registered) {
                String stored = jdbc.sql("select " + column.column() + " from " + column.table() + " where "
                        + column.idColumn() + " = ?").param(caseId.value()).query(String.class).single();
                assertThat(FieldCipher.keyIdOf(stored)).as(column.label()).isEqualTo("k2");
                assertThat(afterRotation.decrypt(stored, column.label())).isEqualTo(places.get(column.label()));
            }
        } finally {
            for (EncryptedColumn column : registered) {
                jdbc.sql("drop view if exists places_" + caseId + "_" + column.column()).update();
            }
            jdbc.sql("delete from case_file where id = ?").param(caseId.value()).update();
        }
    }

    private void store(FieldCipher with, String name, byte[] photo) {
        jdbc.sql("insert into " + table + " (full_name, photo, name_keys) values (?, ?, ?::bigint[])")
                .param(with.encrypt(name, NAMES)).param(photo == null ? null : with.encrypt(photo, PHOTO))
                .param(NameSearchKeys.sqlArray(nameKeys.keysFor(name))).update();
    }

    /** What the case module's search will do: digests in SQL, decryption and ranking in memory. */
    private List<Found> search(String query) {
        List<Set<Long>> words = nameKeys.queryKeys(query);
        StringBuilder sql = new StringBuilder("select id, full_name from " + table + " where true");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and name_keys && ?::bigint[]");
        }
        var statement = jdbc.sql(sql.append(" order by id limit 200").toString());
        for (Set<Long> word : words) {
            statement = statement.param(NameSearchKeys.sqlArray(word));
        }
        List<Found> candidates = statement.query((rs, n) -> new Found(rs.getLong(1),
                cipher.decrypt(rs.getString(2), NAMES))).list();
        return matcher.rank(query, candidates, Found::name).stream().map(NameMatcher.Ranked::candidate).toList();
    }
}
