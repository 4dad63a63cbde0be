package org.sankofa.directory;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** JSON, unique names and codes, organisations and offices, and row counts for the directory's tests. */
final class DirectoryTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DirectoryTestSupport() {
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique office code for a country, e.g. SN-K3J9Q2. */
    static String officeCode(String country) {
        return country + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A new Senegalese NGO with a unique name starting with {@code prefix}, recorded by "test". */
    static Organisation organisation(Directory directory, String prefix) {
        return directory.create(new NewOrganisation(unique(prefix), null, OrganisationType.NGO, "SN", null), "test");
    }

    /** A new office of the organisation in that country, with a unique code, recorded by "test". */
    static Office office(Directory directory, Organisation organisation, String country) {
        return directory.create(new NewOffice(organisation.id(), officeCode(country), "Office", country, "Dakar"),
                "test");
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
