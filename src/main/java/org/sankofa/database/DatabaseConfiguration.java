package org.sankofa.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DemoMode demoMode(Environment environment) {
        boolean embedded = !NoExternalDatabase.external(environment);
        Boolean forced = environment.getProperty("sankofa.demo", Boolean.class);
        return new DemoMode(forced != null ? forced : embedded, embedded);
    }

    @Bean
    PublicApiDocs publicApiDocs(Environment environment, DemoMode demoMode) {
        return new PublicApiDocs(environment.getProperty("sankofa.api-docs.public", Boolean.class,
                demoMode.enabled()));
    }
}
