package org.sankofa.database;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SankofaTest
class MigrationTests {

    @Autowired
    JdbcClient jdbc;
    /** Migrations that need the application (e.g. its keys): beans Spring Boot hands to Flyway. */
    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws Exception {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
        List<String> applied = jdbc.sql("select version from flyway_schema_history where version is not null "
                + "and success order by installed_rank").query(String.class).list();

        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
                .isZero();
        assertThat(applied).hasSize(scripts.length + javaMigrations.size()).contains("1", "2", "3", "4");
        assertThat(applied).containsAll(javaMigrations.stream().map(m -> m.getVersion().getVersion()).toList());
    }
}
