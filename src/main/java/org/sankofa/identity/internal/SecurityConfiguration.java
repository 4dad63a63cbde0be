package org.sankofa.identity.internal;

import java.time.Clock;
import java.util.Set;

import org.sankofa.database.DemoMode;
import org.sankofa.database.PublicApiDocs;
import org.sankofa.identity.Role;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.StaticAssets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;

/**
 * Two chains: the API under {@code /api/**} answers with problem details and authenticates personal access
 * tokens only; the pages use form login with sessions (kept in PostgreSQL) and CSRF protection on every form.
 * Route-level rules are the coarse ones; each controller states its own roles with {@code @PreAuthorize}.
 * Only when serving HTTP: the command-line audit verification starts without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Static assets: public, the same for everyone, and fetched with every page. Their chain does no session,
     * token, CSRF or request-cache work — the pages' chain would read the session of a signed-in browser from
     * PostgreSQL for each of them — and still sends the security headers.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(StaticAssets.PATTERNS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // nobody is looked up: no anonymous token (its details read the session), no session management
                .anonymous(anonymous -> anonymous.disable())
                .sessionManagement(session -> session.disable())
                .logout(logout -> logout.disable())
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable()) // nothing here changes state
                .requestCache(cache -> cache.disable())
                .headers(this::securityHeaders)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies: every call carries its bearer token
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(AccessRefusals.logged(problems.forbidden())))
                .headers(this::securityHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
            SecurityProperties properties, DemoMode demoMode, UserAccountRepository users,
            ProviderManager authenticationManager, PublicApiDocs apiDocs) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .access(apiDocs.open() ? SingleResultAuthorizationManager.permitAll()
                                : AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers(HttpMethod.POST, "/language").permitAll()
                        .requestMatchers("/actuator/**", "/admin/**").hasAnyRole(names(Roles.ADMINISTRATOR_ROLES))
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorEnrolmentFilter(properties, demoMode, users),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(properties.sessionLifetime(), Clock.systemUTC()),
                        SecondFactorEnrolmentFilter.class)
                .formLogin(form -> form
                        .loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .failureHandler(failureHandler())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        .invalidSessionUrl("/login?expired"))
                .exceptionHandling(e -> e.accessDeniedHandler(AccessRefusals.logged(new AccessDeniedHandlerImpl())))
                .headers(this::securityHeaders)
                .build();
    }

    /** The roles of a group as {@code hasAnyRole} takes them (names without the {@code ROLE_} prefix). */
    private static String[] names(Set<Role> group) {
        return group.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    /**
     * One answer to every refused sign-in — unknown name, wrong password or code, disabled account, or a wait after
     * failed sign-ins — so that the page tells nothing about the account (see PasswordAndCodeAuthenticationProvider).
     */
    private AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private void securityHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(c -> { })
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }
}
