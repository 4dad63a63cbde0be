package org.sankofa.identity.internal;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checking who someone is (password and code), with or without a web server; see {@link SecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SignInConfiguration {

    /**
     * Publishes a failure event for every refused sign-in, including a wrong or missing second-factor code (an
     * exception type the default mapping does not know), so that each one is audited and counted among the failed
     * sign-ins the person and the administrators are told about. (The waits between attempts count every attempt
     * when it starts, whatever its outcome: see {@link SignInThrottle}.)
     */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(SecondFactorMissingException.class, AuthenticationFailureBadCredentialsEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    @Bean
    PasswordAndCodeAuthenticationProvider passwordAndCodeAuthenticationProvider(UserAccountRepository users,
            PasswordEncoder encoder, TotpCodes totp, SignInThrottle throttle) {
        return new PasswordAndCodeAuthenticationProvider(users, encoder, totp, throttle);
    }

    @Bean
    ProviderManager authenticationManager(PasswordAndCodeAuthenticationProvider provider,
            AuthenticationEventPublisher publisher) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }
}
