package org.sankofa.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external database is configured with {@code spring.datasource.url}. */
final class NoExternalDatabase implements Condition {

    static boolean external(org.springframework.core.env.Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !external(context.getEnvironment());
    }
}
