package org.sankofa.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeFilterTests {

    private static final Instant SIGN_IN = Instant.parse("2026-12-03T08:00:00Z");

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstRequestAfterSigningInRecordsTheTimeAndPasses() throws Exception {
        MockHttpSession session = signedIn();
        MockFilterChain chain = new MockFilterChain();

        filterAt(SIGN_IN).doFilter(request(session), new MockHttpServletResponse(), chain);

        assertThat(session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT)).isEqualTo(SIGN_IN);
        assertThat(chain.getRequest()).as("the request went on").isNotNull();
    }

    @Test
    void anActiveSessionLastsTwelveHoursAfterTheSignIn() throws Exception {
        MockHttpSession session = signedIn();
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, SIGN_IN);
        MockFilterChain chain = new MockFilterChain();

        filterAt(SIGN_IN.plus(Duration.ofHours(12))).doFilter(request(session), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void afterTwelveHoursTheSessionEndsAndThePersonIsSentToSignIn() throws Exception {
        MockHttpSession session = signedIn();
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, SIGN_IN);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filterAt(SIGN_IN.plus(Duration.ofHours(12)).plusSeconds(1)).doFilter(request(session), response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(chain.getRequest()).as("the request did not reach the page").isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void requestsWithoutASignedInSessionAreLeftAlone() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockFilterChain chain = new MockFilterChain();

        filterAt(SIGN_IN).doFilter(request(session), new MockHttpServletResponse(), chain);

        assertThat(session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT)).isNull();
        assertThat(chain.getRequest()).isNotNull();
    }

    private static SessionLifetimeFilter filterAt(Instant now) {
        return new SessionLifetimeFilter(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static MockHttpSession signedIn() {
        CurrentUser user = new CurrentUser(7, "someone", "Someone", null, null, "en", Set.of(), true, false, false,
                "unused");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
        return new MockHttpSession();
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
        request.setSession(session);
        return request;
    }
}
