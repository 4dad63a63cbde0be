package org.sankofa.database;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** When the API description is readable without signing in: in demo mode unless switched off, else only if asked. */
class PublicApiDocsTests {

    private final DatabaseConfiguration configuration = new DatabaseConfiguration();

    @Test
    void openWithTheEmbeddedDatabaseClosedWithAnExternalOne() {
        assertThat(open(new MockEnvironment())).isTrue();
        assertThat(open(external())).isFalse();
    }

    @Test
    void followsDemoModeWhenItIsForced() {
        assertThat(open(new MockEnvironment().withProperty("sankofa.demo", "false"))).isFalse();
        assertThat(open(external().withProperty("sankofa.demo", "true"))).isTrue();
    }

    @Test
    void theSettingWinsEitherWay() {
        assertThat(open(new MockEnvironment().withProperty("sankofa.api-docs.public", "false"))).isFalse();
        assertThat(open(external().withProperty("sankofa.api-docs.public", "true"))).isTrue();
    }

    private static MockEnvironment external() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/sankofa");
    }

    private boolean open(MockEnvironment environment) {
        return configuration.publicApiDocs(environment, configuration.demoMode(environment)).open();
    }
}
